import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {jsonLdText} from '@site/src/plugins/faq/jsonLd';

/** One schema.org structured-data block in the page's head. */
export default function JsonLd({data}: {readonly data: object}): ReactNode {
  return (
    <Head>
      <script type="application/ld+json">{jsonLdText(data)}</script>
    </Head>
  );
}
