import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {HomeData} from '@site/src/plugins/faq/types';
import styles from './styles.module.css';

/**
 * A category with the first of its questions and their one-line answers; a
 * category with more links to its page, which lists them all.
 */
export default function CategoryCard({category}: {readonly category: HomeData['categories'][number]}): ReactNode {
  const more = category.questionCount - category.questions.length;
  return (
    <section className={styles.card} aria-labelledby={`category-${category.key}`}>
      <Heading as="h3" id={`category-${category.key}`} className={styles.title}>
        <Link to={category.permalink}>{category.label}</Link>
      </Heading>
      <p className={styles.description}>{category.description}</p>
      <ul className={styles.questions}>
        {category.questions.map((question) => (
          <li key={question.id}>
            <Link to={question.permalink} className={styles.question}>
              {question.title}
            </Link>
            <p className={styles.answer}>{question.description}</p>
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <p className={styles.more}>
          <Link to={category.permalink}>
            All {category.questionCount} questions in {category.label}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
