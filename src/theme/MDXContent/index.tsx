import type {ComponentProps, ReactNode} from 'react';
import MDXContent from '@theme-original/MDXContent';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import TwitterMetadata from '@site/src/components/TwitterMetadata';
import {useQuestionAt} from '@site/src/components/useQuestionAt';
import {socialCardPath} from '@site/src/plugins/faq/socialCardPaths';
import type {FaqQuestion} from '@site/src/plugins/faq/types';

type Props = ComponentProps<typeof MDXContent>;

/**
 * On a question's page, the answer (this component's children) is preceded
 * by the question's link preview tags and "Copy link" button (its
 * structured data is on the all-questions page only; see DESIGN.md). Elsewhere it renders the original unchanged.
 */
export default function MDXContentWrapper(props: Props): ReactNode {
  const current = useQuestionAt();
  return (
    <>
      {current ? <QuestionChrome question={current.question} /> : null}
      <MDXContent {...props} />
    </>
  );
}

/** Rendered only on question pages, inside the docs plugin's DocProvider. */
function QuestionChrome({question}: {readonly question: FaqQuestion}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const cardUrl = useBaseUrl(socialCardPath(question.slug), {absolute: true});
  const pageUrl = `${siteConfig.url}${question.permalink}`;
  return (
    <>
      <Head>
        <meta property="og:title" content={question.title} />
        <meta property="og:type" content="article" />
        <meta property="og:image" content={cardUrl} />
        <meta property="og:image:alt" content={question.title} />
        <meta name="twitter:image" content={cardUrl} />
        <meta name="twitter:image:alt" content={question.title} />
      </Head>
      <TwitterMetadata title={question.title} description={question.description} />
      <CopyLinkButton url={pageUrl} title={question.title} className="margin-bottom--md" />
    </>
  );
}
