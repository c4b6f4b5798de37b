import {test} from 'node:test';
import assert from 'node:assert/strict';
import {deferEntryScripts} from '../../src/plugins/performance/hydrateOnIntent';

const LOADER = '/xmtp-faq/assets/js/hydrate-on-intent.1234abcd.js';
const page = (head: string) =>
  `<!doctype html><html><head><meta charset=UTF-8>${head}</head><body><script>theme()</script><div id=__docusaurus></div></body></html>`;

test('the entry scripts give way to the loader, which lists them in order', () => {
  const html = page(
    '<link rel=stylesheet href=/xmtp-faq/assets/css/styles.css><script src=/xmtp-faq/assets/js/runtime~main.2f1c.js defer></script><script src=/xmtp-faq/assets/js/main.f26a.js defer></script>',
  );
  assert.equal(
    deferEntryScripts(html, '/xmtp-faq/assets/js/', LOADER),
    page(
      `<link rel=stylesheet href=/xmtp-faq/assets/css/styles.css><script src="${LOADER}" data-entries="/xmtp-faq/assets/js/runtime~main.2f1c.js /xmtp-faq/assets/js/main.f26a.js" defer></script>`,
    ),
  );
});

test('quoted attributes are entry scripts too', () => {
  const html = page('<script src="/assets/js/main.f26a.js" defer></script>');
  assert.equal(
    deferEntryScripts(html, '/assets/js/', LOADER),
    page(`<script src="${LOADER}" data-entries="/assets/js/main.f26a.js" defer></script>`),
  );
});

test('inline scripts and scripts from elsewhere stay; a page without entry scripts is left alone', () => {
  const redirect = page('<script src=/elsewhere/tool.js defer></script>');
  assert.equal(deferEntryScripts(redirect, '/assets/js/', LOADER), null);
});
