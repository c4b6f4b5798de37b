import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {faqPageJsonLd, jsonLdText, type JsonLdQuestion} from '@site/src/plugins/faq/jsonLd';

/** schema.org FAQPage structured data for the questions shown on this page. */
export default function FaqJsonLd({
  questions,
  pageUrl,
}: {
  readonly questions: readonly JsonLdQuestion[];
  readonly pageUrl: string;
}): ReactNode {
  return (
    <Head>
      <script type="application/ld+json">{jsonLdText(faqPageJsonLd(questions, pageUrl))}</script>
    </Head>
  );
}
