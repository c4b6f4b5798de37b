import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import CategoryCard from '@site/src/components/CategoryCard';
import type {HomeData} from '@site/src/plugins/faq/types';
import styles from './styles.module.css';

/**
 * The categories as cards under their heading (`#categories`), two columns,
 * one on a phone: the home page's and a big FAQ's /faq.
 */
export default function CategoryGrid({
  title,
  categories,
}: {
  readonly title: string;
  readonly categories: HomeData['categories'];
}): ReactNode {
  return (
    <>
      <Heading as="h2" id="categories" className={styles.title}>
        {title}
      </Heading>
      <div className={styles.grid}>
        {categories.map((category) => (
          <CategoryCard key={category.key} category={category} />
        ))}
      </div>
    </>
  );
}
