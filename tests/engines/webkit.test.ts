import {engineChecks} from './engineChecks';

engineChecks('webkit');
