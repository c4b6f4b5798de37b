import {lazy, Suspense, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

// Prism (prism-react-renderer) loads only on pages that show a code block.
// The server waits for it (Docusaurus renders with onAllReady), so the HTML
// is highlighted; the browser keeps that HTML until the chunk arrives.
const HighlightedCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense fallback={<pre className={props.className}>{props.children}</pre>}>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
