import type {ComponentProps, ReactNode} from 'react';
import MDXContent from '@theme-original/MDXContent';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import FaqJsonLd from '@site/src/components/FaqJsonLd';
import {useQuestionAt} from '@site/src/components/useQuestionAt';
import {socialCardPath} from '@site/src/plugins/faq/socialCardPaths';
import {ANSWER_TEXT_FIELD, type FaqQuestion} from '@site/src/plugins/faq/types';

type Props = ComponentProps<typeof MDXContent>;

/**
 * On a question's page, the answer (this component's children) is preceded
 * by the question's link preview tags, structured data and "Copy link"
 * button. Elsewhere it renders the original unchanged.
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
  const {frontMatter} = useDoc();
  const cardUrl = useBaseUrl(socialCardPath(question.slug), {absolute: true});
  const pageUrl = `${siteConfig.url}${question.permalink}`;
  const derivedText = (frontMatter as Record<string, unknown>)[ANSWER_TEXT_FIELD];
  const answerText = typeof derivedText === 'string' ? derivedText : question.description;
  return (
    <>
      <Head>
        <meta property="og:title" content={question.title} />
        <meta name="twitter:title" content={question.title} />
        <meta name="twitter:description" content={question.description} />
        <meta property="og:type" content="article" />
        <meta property="og:site_name" content={siteConfig.title} />
        <meta property="og:image" content={cardUrl} />
        <meta property="og:image:width" content="1200" />
        <meta property="og:image:height" content="630" />
        <meta property="og:image:alt" content={question.title} />
        <meta name="twitter:image" content={cardUrl} />
        <meta name="twitter:image:alt" content={question.title} />
      </Head>
      <FaqJsonLd questions={[{title: question.title, answerText}]} pageUrl={pageUrl} />
      <CopyLinkButton url={pageUrl} title={question.title} className="margin-bottom--md" />
    </>
  );
}
