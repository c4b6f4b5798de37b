import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import CategoryGrid from '@site/src/components/CategoryGrid';
import HomeSearch from '@site/src/components/HomeSearch';
import {ALL_QUESTIONS_TITLE} from '@site/src/components/allQuestionsTitle';
import type {QuestionIndexData} from '@site/src/plugins/faq/types';
import styles from './styles.module.css';

/**
 * /faq of a FAQ too big for one page (LIST_LIMITS.answersOnOnePage): the
 * categories with their first questions, each linking to its page, which
 * lists all of them; search for the rest. Its last element is the script that
 * sends `/faq#<slug>`, once every answer's anchor here, to the question's page.
 */
export default function QuestionIndexPage({faq}: {readonly faq: QuestionIndexData}): ReactNode {
  return (
    <Layout
      title={ALL_QUESTIONS_TITLE}
      description="Every question about the XMTP network, by category: each has its own page."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">{ALL_QUESTIONS_TITLE}</Heading>
        <p className={styles.lead}>
          {faq.questionCount.toLocaleString('en-US')} questions in {faq.categories.length} categories. Each question has
          its own page, and each category’s page lists all of its questions.
        </p>
        <div className={styles.search}>
          <HomeSearch />
        </div>
        <CategoryGrid title="Questions by category" categories={faq.categories} />
        {/* Forwards an anchor no element here has; run as parsed, it needs no app. */}
        <script dangerouslySetInnerHTML={{__html: faq.anchorForwarding}} />
      </main>
    </Layout>
  );
}
