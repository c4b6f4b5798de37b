import type {ReactNode} from 'react';
import type {Props} from '@theme/DocCategoryGeneratedIndexPage';
import DocCategoryGeneratedIndexPage from '@theme-original/DocCategoryGeneratedIndexPage';
import TwitterMetadata from '@site/src/components/TwitterMetadata';

/** A category page's twitter:title and twitter:description, as its og:title and og:description. */
export default function DocCategoryGeneratedIndexPageWrapper(props: Props): ReactNode {
  const {title, description} = props.categoryGeneratedIndex;
  return (
    <>
      <TwitterMetadata title={title} description={description ?? title} />
      <DocCategoryGeneratedIndexPage {...props} />
    </>
  );
}
