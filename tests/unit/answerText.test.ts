import {test} from 'node:test';
import assert from 'node:assert/strict';
import {answerText} from '../../src/plugins/faq/answerText';

test('an answer as plain text: paragraphs apart, list items on their own lines, link text only', () => {
  assert.equal(
    answerText('First [part](https://example.org).\n\n- one\n- `two`\n\nLast.'),
    'First part.\n\none\ntwo\n\nLast.',
  );
});

test("a heading's id comment is not part of the answer's text", () => {
  assert.equal(answerText('Intro.\n\n## Details {/* #details */}\n\nMore.'), 'Intro.\n\nDetails\n\nMore.');
});
