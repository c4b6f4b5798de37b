import type {ReactNode} from 'react';
import CategoryCard from '@site/src/components/CategoryCard';
import type {HomeData} from '@site/src/plugins/faq/types';
import styles from './styles.module.css';

/** The categories as cards, two columns (one on a phone): the home page's and a big FAQ's /faq. */
export default function CategoryGrid({categories}: {readonly categories: HomeData['categories']}): ReactNode {
  return (
    <div className={styles.grid}>
      {categories.map((category) => (
        <CategoryCard key={category.key} category={category} />
      ))}
    </div>
  );
}
