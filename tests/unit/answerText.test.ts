import {test} from 'node:test';
import assert from 'node:assert/strict';
import {answerText} from '../../src/plugins/faq/answerText';

test('an answer as plain text: paragraphs apart, list items on their own lines, link text only', () => {
  assert.equal(
    answerText('First [part](https://example.org).\n\n- one\n- `two`\n\nLast.'),
    'First part.\n\none\ntwo\n\nLast.',
  );
});
