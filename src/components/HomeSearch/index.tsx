import type {ReactNode} from 'react';
import QuestionSearch from '@site/src/components/QuestionSearch';
import styles from './styles.module.css';

/** The home page's large search box, in the slot under the tagline. */
export default function HomeSearch(): ReactNode {
  return (
    <div className={styles.slot}>
      <QuestionSearch variant="large" />
    </div>
  );
}
