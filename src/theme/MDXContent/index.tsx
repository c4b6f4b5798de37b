import type {ComponentProps, ReactNode} from 'react';
import MDXContent from '@theme-original/MDXContent';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useRouteContext from '@docusaurus/useRouteContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import JsonLd from '@site/src/components/JsonLd';
import TwitterMetadata from '@site/src/components/TwitterMetadata';
import {socialCardPath} from '@site/src/plugins/faq/socialCardPaths';
import {markdownPathOf} from '@site/src/plugins/faq/exports';
import {questionPageJsonLd} from '@site/src/plugins/faq/jsonLd';

type Props = ComponentProps<typeof MDXContent>;

/** Every page of the docs plugin that renders MDX is a question's page (docs/ holds only questions). */
const DOCS_PLUGIN_NAME = 'docusaurus-plugin-content-docs';

/**
 * On a question's page, the answer (this component's children) is preceded
 * by the question's link preview tags (with its last change and Markdown
 * version), its WebPage data (the FAQPage data is on the all-questions page
 * only; see DESIGN.md) and the "Copy link" and "Copy answer" buttons.
 * Elsewhere (the answers on /faq) it renders the original unchanged.
 */
export default function MDXContentWrapper(props: Props): ReactNode {
  const onQuestionPage = useRouteContext().plugin.name === DOCS_PLUGIN_NAME;
  return (
    <>
      {onQuestionPage ? <QuestionChrome /> : null}
      <MDXContent {...props} />
    </>
  );
}

/** Rendered only on question pages, inside the docs plugin's DocProvider: the page's own metadata. */
function QuestionChrome(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {metadata} = useDoc();
  const {title, description, permalink, lastUpdatedAt} = metadata;
  const markdownUrl = markdownPathOf(permalink);
  const modifiedAt = lastUpdatedAt == null ? null : new Date(lastUpdatedAt).toISOString();
  const cardUrl = useBaseUrl(socialCardPath(metadata.slug.replace(/^\//, '')), {absolute: true});
  const pageUrl = `${siteConfig.url}${permalink}`;
  return (
    <>
      <Head>
        <meta property="og:title" content={title} />
        <meta property="og:type" content="article" />
        <meta property="og:image" content={cardUrl} />
        <meta property="og:image:alt" content={title} />
        <meta name="twitter:image" content={cardUrl} />
        <meta name="twitter:image:alt" content={title} />
        {modifiedAt ? <meta property="article:modified_time" content={modifiedAt} /> : null}
        <link rel="alternate" type="text/markdown" href={markdownUrl} title={`${title} (Markdown)`} />
      </Head>
      <TwitterMetadata title={title} description={description} />
      <JsonLd data={questionPageJsonLd({title, dateModified: lastUpdatedAt}, pageUrl)} />
      <CopyLinkButton url={pageUrl} title={title} markdownUrl={markdownUrl} className="margin-bottom--md" />
    </>
  );
}
