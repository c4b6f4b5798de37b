import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import CategoryGrid from '@site/src/components/CategoryGrid';
import HomeSearch from '@site/src/components/HomeSearch';
import type {HomeData} from '@site/src/plugins/faq/types';
import styles from './styles.module.css';

/** The home page; its question list is its own route data (the FAQ plugin), not global data. */
export default function HomePage({home}: {readonly home: HomeData}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout description="Short, sourced answers to common questions about the XMTP messaging network: decentralization, blockchain, running a node and tokens.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.tagline}>
            Short answers to what people ask most about the XMTP messaging network: is it decentralized, is it a
            blockchain, can I run a node, is there a token.
          </p>
          <HomeSearch />
        </div>
      </header>
      <main className="container margin-vert--lg">
        <CategoryGrid title="Browse by category" categories={home.categories} />
        {/* A bigger FAQ's /faq lists these same categories (LIST_LIMITS.answersOnOnePage). */}
        {home.answersOnOnePage ? (
          <p className={styles.allLink}>
            <Link className="button button--primary button--lg" to="/faq">
              Read all questions on one page
            </Link>
          </p>
        ) : null}
      </main>
    </Layout>
  );
}
