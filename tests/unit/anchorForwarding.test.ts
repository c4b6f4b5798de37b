import {test} from 'node:test';
import assert from 'node:assert/strict';
import {forwardedAnchors} from '../../src/plugins/faq/anchorForwarding';
import {legacyAnchorsBySlug} from '../../src/urls/redirects';

test('each old slug’s anchor is forwarded to the slug it was renamed to', () => {
  const renamed = forwardedAnchors(
    legacyAnchorsBySlug([
      {from: '/faq/is-xmtp-decentralised', to: '/faq/is-the-xmtp-network-decentralized'},
      {from: '/faq/xmtp-decentralized', to: '/faq/is-the-xmtp-network-decentralized'},
      {from: '/network/faq', to: '/faq'},
    ]),
  );
  assert.deepEqual(renamed, {
    'is-xmtp-decentralised': 'is-the-xmtp-network-decentralized',
    'xmtp-decentralized': 'is-the-xmtp-network-decentralized',
  });
});
