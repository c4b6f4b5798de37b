import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useCategories} from '@site/src/components/useCategories';

/** "See all questions, or browse a category: …": the way out when search finds nothing. */
export default function BrowseLinks(): ReactNode {
  const categories = useCategories();
  return (
    <>
      See <Link to="/faq">all questions</Link>, or browse a category:{' '}
      {categories.map((category, index) => (
        <span key={category.key}>
          {index > 0 ? ', ' : ''}
          <Link to={category.permalink}>{category.label}</Link>
        </span>
      ))}
      .
    </>
  );
}
