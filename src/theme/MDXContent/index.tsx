import type {ComponentProps, ReactNode} from 'react';
import MDXContent from '@theme-original/MDXContent';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import {useQuestionAt} from '@site/src/components/useQuestionAt';
import {socialCardPath} from '@site/src/plugins/faq/socialCardPaths';

type Props = ComponentProps<typeof MDXContent>;

/**
 * On a question's page, the answer (this component's children) is preceded
 * by the question's link preview tags and its "Copy link" button. Elsewhere
 * it renders the original unchanged.
 */
export default function MDXContentWrapper(props: Props): ReactNode {
  const current = useQuestionAt();
  const {siteConfig} = useDocusaurusContext();
  const cardUrl = useBaseUrl(current ? socialCardPath(current.question.slug) : '/', {absolute: true});
  if (!current) return <MDXContent {...props} />;
  const {question} = current;
  const pageUrl = `${siteConfig.url}${question.permalink}`;
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
      <CopyLinkButton url={pageUrl} title={question.title} className="margin-bottom--md" />
      <MDXContent {...props} />
    </>
  );
}
