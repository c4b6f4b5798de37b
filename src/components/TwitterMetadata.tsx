import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';

/**
 * The link-preview tags Docusaurus's PageMetadata leaves out: it writes
 * og:title and og:description, not their twitter: counterparts.
 */
export default function TwitterMetadata({
  title,
  description,
}: {
  readonly title: string;
  readonly description: string;
}): ReactNode {
  return (
    <Head>
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
    </Head>
  );
}
