import type {ReactNode} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import TwitterMetadata from '@site/src/components/TwitterMetadata';
import {useCategories} from '@site/src/components/useCategories';
import styles from './styles.module.css';

const DESCRIPTION = 'This address has no page. Every question of the XMTP Network FAQ is a click away from here.';

/** A 404 that helps: where to go instead, from the live category list. */
export default function NotFoundContent({className}: {readonly className?: string}): ReactNode {
  const categories = useCategories();
  // The title the theme's NotFound page gives PageMetadata.
  const title = translate({id: 'theme.NotFound.title', message: 'Page Not Found'});
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <PageMetadata description={DESCRIPTION} />
      <TwitterMetadata title={title} description={DESCRIPTION} />
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">This page is not here</Heading>
          <p className={styles.lead}>
            The address may be mistyped, or the page may have moved. Every question of the XMTP Network FAQ is still a
            click away:
          </p>
          <ul className={styles.links}>
            <li>
              <Link to="/">Home page</Link>
            </li>
            <li>
              <Link to="/faq">All questions</Link>
            </li>
            {categories.map((category) => (
              <li key={category.key}>
                <Link to={category.permalink}>{category.label}</Link>
                <span className={styles.count}>
                  {' '}
                  ({category.questionCount} {category.questionCount === 1 ? 'question' : 'questions'})
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </main>
  );
}
