import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** The home page's search slot; wired to the local search index by the search plugin. */
export default function HomeSearch(): ReactNode {
  return <div className={styles.slot} />;
}
