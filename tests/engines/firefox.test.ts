import {engineChecks} from './engineChecks';

engineChecks('firefox');
