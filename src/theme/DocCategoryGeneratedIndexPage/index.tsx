import type {ComponentProps, ReactNode} from 'react';
import DocCategoryGeneratedIndexPage from '@theme-original/DocCategoryGeneratedIndexPage';
import TwitterMetadata from '@site/src/components/TwitterMetadata';

type Props = ComponentProps<typeof DocCategoryGeneratedIndexPage>;

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
