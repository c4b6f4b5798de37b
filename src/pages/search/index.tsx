import {useEffect, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import BrowseLinks from '@site/src/components/BrowseLinks';
import {
  useQuestionSearch,
  type MarkedText,
  type QuestionHit,
} from '@site/src/components/QuestionSearch/useQuestionSearch';
import styles from './styles.module.css';

/**
 * /search?q=…: a linkable results page with the same one-row-per-question
 * results as the navbar search; when nothing matches, the closest questions.
 */
export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const queryInUrl = new URLSearchParams(location.search).get('q') ?? '';
  // Starts empty like the server-rendered page, then takes the URL's query
  // after hydration (reading it during the first render would mismatch).
  const [query, setQuery] = useState('');
  const {outcome, loading, failed, warmUp} = useQuestionSearch(query);
  const hits = outcome?.hits;

  useEffect(() => setQuery(queryInUrl), [queryInUrl]);

  const trimmed = query.trim();
  const title = trimmed ? `Search results for “${trimmed}”` : 'Search the FAQ';
  return (
    <Layout title={title} description="Search the XMTP Network FAQ.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <input
          className={styles.input}
          type="search"
          aria-label="Search the FAQ"
          placeholder="Search, e.g. “airdrop”"
          value={query}
          onFocus={warmUp}
          onChange={(event) => {
            setQuery(event.target.value);
            const params = new URLSearchParams(location.search);
            if (event.target.value) params.set('q', event.target.value);
            else params.delete('q');
            history.replace({search: params.size > 0 ? `?${params}` : ''});
          }}
        />
        <p role="status" className={styles.status}>
          {trimmed && failed && !loading
            ? 'Search could not be loaded.'
            : trimmed && hits && !loading
              ? hits.length === 0
                ? 'No question matches your search.'
                : `${hits.length} ${hits.length === 1 ? 'question' : 'questions'} found`
              : ''}
        </p>
        {hits && hits.length > 0 ? <Results hits={hits} /> : null}
        {outcome && outcome.closest.length > 0 ? (
          <section aria-label="Closest questions">
            <p>The closest questions:</p>
            <Results hits={outcome.closest} />
          </section>
        ) : null}
        <aside className={styles.browse} aria-label="Browse instead">
          <p>
            {hits && hits.length > 0 ? 'Not what you were looking for? ' : ''}
            <BrowseLinks />
          </p>
        </aside>
      </main>
    </Layout>
  );
}

function Results({hits}: {readonly hits: readonly QuestionHit[]}): ReactNode {
  return (
    <ol className={styles.results}>
      {hits.map((hit) => (
        <li key={hit.id} data-question={hit.slug}>
          <p className={styles.category}>{hit.categoryLabel}</p>
          <Heading as="h2" className={styles.title}>
            <Link to={hit.href}>{hit.title}</Link>
          </Heading>
          <p>{hit.description}</p>
          {hit.sentence ? (
            <p>
              <Marked text={hit.sentence} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** Text with its matched words in `<mark>`. */
function Marked({text}: {readonly text: MarkedText}): ReactNode {
  return <>{text.map((part, index) => (part.matched ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
