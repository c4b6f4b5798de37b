import type {ComponentType, ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import TOC from '@theme/TOC';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import LastUpdated from '@theme/LastUpdated';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import {markdownPathOf} from '@site/src/plugins/faq/exports';
import JsonLd from '@site/src/components/JsonLd';
import {faqPageJsonLd} from '@site/src/plugins/faq/jsonLd';
import type {AllQuestionsData} from '@site/src/plugins/faq/types';
import {ALL_QUESTIONS_TITLE} from '@site/src/components/allQuestionsTitle';
import styles from './styles.module.css';

type Props = {
  readonly faq: AllQuestionsData;
  /** Compiled MDX of each question file, in the order of `faq`'s questions (src/plugins/faq/allAnswersModule.ts). */
  readonly answers: readonly ComponentType[];
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export default function AllQuestionsPage({faq, answers}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const pageUrl = `${siteConfig.url}${useLocation().pathname}`;
  let answerIndex = 0;
  const toc = faq.categories.flatMap((category) =>
    category.questions.map((question) => ({value: escapeHtml(question.title), id: question.slug, level: 2})),
  );
  return (
    <Layout
      title={ALL_QUESTIONS_TITLE}
      description="Every question about the XMTP network and its whole answer, on one page."
    >
      <JsonLd
        data={faqPageJsonLd(
          faq.categories.flatMap((category) =>
            category.questions.map((question) => ({
              title: question.title,
              answerText: faq.answerTexts[question.slug] ?? question.description,
              dateModified: faq.lastUpdatedAt[question.slug],
            })),
          ),
          pageUrl,
        )}
      />
      <div className="container margin-vert--lg">
        <div className="row">
          <main className="col col--9">
            <article>
              <Heading as="h1">{ALL_QUESTIONS_TITLE}</Heading>
              <p className={styles.lead}>
                Every question and its whole answer, grouped by category. Each question also has its own page.
              </p>
              {faq.categories.map((category) => (
                <section key={category.key} className={styles.category} aria-label={category.label}>
                  <p className={styles.categoryLabel}>
                    <Link to={category.permalink}>{category.label}</Link>
                  </p>
                  {category.questions.map((question) => {
                    const Answer = answers[answerIndex++];
                    const lastUpdatedAt = faq.lastUpdatedAt[question.slug];
                    return (
                      <div key={question.id} className={clsx('faq-question', styles.question)}>
                        {/* Anchors of the question's old slugs (see src/urls/redirects.ts) land here too. */}
                        {faq.legacyAnchors[question.slug]?.map((anchor) => (
                          <span key={anchor} id={anchor} className="anchor" />
                        ))}
                        <Heading as="h2" id={question.slug}>
                          <Link to={question.permalink}>{question.title}</Link>
                        </Heading>
                        <CopyLinkButton
                          url={`${pageUrl}#${question.slug}`}
                          title={question.title}
                          markdownUrl={markdownPathOf(question.permalink)}
                          className="margin-bottom--sm"
                        />
                        <div className="faq-answer markdown">
                          {Answer ? (
                            <MDXContent>
                              <Answer />
                            </MDXContent>
                          ) : null}
                        </div>
                        {lastUpdatedAt === undefined ? null : (
                          <p className={clsx('faq-last-updated', styles.lastUpdated)}>
                            <LastUpdated lastUpdatedAt={lastUpdatedAt} />
                          </p>
                        )}
                      </div>
                    );
                  })}
                </section>
              ))}
            </article>
          </main>
          <nav className="col col--3 faq-toc" aria-label="Questions on this page">
            <TOC toc={toc} minHeadingLevel={2} maxHeadingLevel={2} />
          </nav>
        </div>
      </div>
    </Layout>
  );
}
