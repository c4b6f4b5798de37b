/**
 * The question files are faithful to the source FAQ (tests/fixtures/source-faq.md,
 * a copy of the text the site was made from): same questions, same answer
 * text, same links, one question per file. Questions added later are checked
 * by validation, not here: nothing pins the number of questions.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {readCategories, readQuestions} from '../../support/questionFiles';

const source = fs.readFileSync(path.resolve(__dirname, '../fixtures/source-faq.md'), 'utf8');
const sourceSections = source
  .split(/^## /m)
  .slice(1)
  .map((section) => {
    const [title = '', ...rest] = section.split('\n');
    return {title: title.trim(), body: rest.join('\n').trim()};
  });

const questions = readQuestions();
const sourceTitles = new Set(sourceSections.map((section) => section.title));
const sourceQuestions = questions.filter((question) => sourceTitles.has(question.title));

test('the four categories exist in order', () => {
  assert.deepEqual(
    readCategories().map((category) => category.label),
    ['Network', 'Blockchain', 'Node operators', 'Token'],
  );
});

test('every source question has exactly one file, with its exact title and answer', () => {
  assert.ok(sourceSections.length >= 4, 'the source FAQ is read');
  for (const section of sourceSections) {
    const matches = questions.filter((question) => question.title === section.title);
    assert.equal(matches.length, 1, `one file for "${section.title}"`);
    assert.equal(matches[0]!.body, section.body, `answer of "${section.title}" matches the source word for word`);
  }
});

test('slugs of the source questions are the source page anchors', () => {
  for (const question of sourceQuestions) {
    const anchor = question.title
      .toLowerCase()
      .replace(/[^a-z0-9 -]/g, '')
      .trim()
      .replace(/\s+/g, '-');
    assert.equal(question.slug, anchor);
  }
});

test('each source question sits in its category', () => {
  const categoryOf = Object.fromEntries(sourceQuestions.map((question) => [question.title, question.categoryDir]));
  assert.deepEqual(categoryOf, {
    'Is the XMTP network decentralized?': 'network',
    'Is XMTP a blockchain?': 'blockchain',
    'Will I be able to run my own XMTP node?': 'node-operators',
    'Does XMTP have a token?': 'token',
  });
});
