import type {ReactNode} from 'react';
import DocItem, {type Props as DocItemProps} from '@theme/DocItem';
import type {PageSidebarData} from '@site/src/plugins/docs/pageRoutes';
import PageLayout from './PageLayout';

/** A question's page (the docs plugin's `docItemComponent`): the theme's DocItem in the layout, with its own sidebar. */
export default function QuestionPage({
  pageSidebar,
  ...props
}: DocItemProps & {readonly pageSidebar?: PageSidebarData}): ReactNode {
  return (
    <PageLayout sidebar={pageSidebar}>
      <DocItem {...props} />
    </PageLayout>
  );
}
