import type {ReactNode} from 'react';
import type {Props} from '@theme/Layout';
import Layout from '@theme-original/Layout';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import TwitterMetadata from '@site/src/components/TwitterMetadata';

/**
 * Every page's twitter:title and twitter:description, from the title and
 * description it gives Layout, else the site's. Pages that set their metadata
 * deeper (questions, categories, 404) override these, as Head does.
 */
export default function LayoutWrapper(props: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <>
      <TwitterMetadata title={props.title ?? siteConfig.title} description={props.description ?? siteConfig.tagline} />
      <Layout {...props} />
    </>
  );
}
