import type {ComponentProps, ReactNode} from 'react';
import MDXContent from '@theme-original/MDXContent';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import JsonLd from '@site/src/components/JsonLd';
import TwitterMetadata from '@site/src/components/TwitterMetadata';
import {useQuestionAt} from '@site/src/components/useQuestionAt';
import {socialCardPath} from '@site/src/plugins/faq/socialCardPaths';
import {markdownPathOf} from '@site/src/plugins/faq/exports';
import {questionPageJsonLd} from '@site/src/plugins/faq/jsonLd';
import type {FaqQuestion} from '@site/src/plugins/faq/types';

type Props = ComponentProps<typeof MDXContent>;

/**
 * On a question's page, the answer (this component's children) is preceded
 * by the question's link preview tags (with its last change and Markdown
 * version), its WebPage data (the FAQPage data is on the all-questions page
 * only; see DESIGN.md) and the "Copy link" and "Copy answer" buttons.
 * Elsewhere it renders the original unchanged.
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
  const {metadata} = useDoc();
  const markdownUrl = markdownPathOf(question.permalink);
  const modifiedAt = metadata.lastUpdatedAt == null ? null : new Date(metadata.lastUpdatedAt).toISOString();
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
        {modifiedAt ? <meta property="article:modified_time" content={modifiedAt} /> : null}
        <link rel="alternate" type="text/markdown" href={markdownUrl} title={`${question.title} (Markdown)`} />
      </Head>
      <TwitterMetadata title={question.title} description={question.description} />
      <JsonLd data={questionPageJsonLd({title: question.title, dateModified: metadata.lastUpdatedAt}, pageUrl)} />
      <CopyLinkButton url={pageUrl} title={question.title} markdownUrl={markdownUrl} className="margin-bottom--md" />
    </>
  );
}
