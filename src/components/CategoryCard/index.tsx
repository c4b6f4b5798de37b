import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {FaqCategory} from '@site/src/plugins/faq/types';
import styles from './styles.module.css';

/** A category with its questions and their one-line answers. */
export default function CategoryCard({category}: {readonly category: FaqCategory}): ReactNode {
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
    </section>
  );
}
