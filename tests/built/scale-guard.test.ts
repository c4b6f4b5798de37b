/**
 * A page costs the same at 4 or 4,000 questions (DESIGN.md): a copy of the
 * site with 60 generated questions beside the real ones is built once, and
 * a real question's page there is held to its page in build/ (the 4-question
 * site `npm test` builds): its HTML and the app's JavaScript on the first
 * interaction may grow by a small, stated margin only, and neither may carry
 * other questions than the page's own sidebar shows. A change that makes every
 * page carry every question (the whole sidebar in each page, every title in
 * the app's data) fails here. Byte counts only; the build's time at scale is
 * `npm run bench`'s (scripts/bench/scale.ts).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {appScriptBytes, appScripts, withoutSearchList} from '../../support/appScripts';
import {brotliSize} from '../../support/browser';
import {readQuestions} from '../../support/questionFiles';
import {buildSite, createFixtureSite, repoDir} from '../../support/site';
import {writeFixtureQuestions} from '../../scripts/generateFixtureQuestions';
import {LIST_LIMITS} from '../../src/plugins/faq/listLimits';

const GENERATED = 60;
/** The stated margins over the 4-question site. */
const MARGIN = {
  /** A question page's HTML, brotli: its sidebar shows a block of its category, not the FAQ. */
  html: 1.1,
  /**
   * The app's JavaScript on the first interaction, brotli, search's question
   * list left out (it moves to the search index with issue 21), may grow by
   * Docusaurus's route manifest only, which lists every page (its path and
   * chunks) in every page's app: about 85 bytes a page here (see DESIGN.md).
   */
  appBytesPerQuestion: 100,
} as const;

const realQuestion = readQuestions()[0]!;
const questionFile = `faq/${realQuestion.slug}.html`;

/** Titles of the generated questions that a text holds. */
function titlesIn(text: string, titles: readonly string[]): string[] {
  const escaped = (title: string) => title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return titles.filter((title) => text.includes(title) || text.includes(escaped(title)));
}

test(`a question page costs about the same with ${GENERATED} more questions`, (t) => {
  const smallBuild = path.join(repoDir, 'build');
  assert.ok(fs.existsSync(path.join(smallBuild, questionFile)), 'build/ has the site: run `npm run build` first');
  const siteDir = createFixtureSite('scale-guard');
  const titles = writeFixtureQuestions(siteDir, GENERATED).map((question) => question.title);
  const built = buildSite(siteDir, {BASE_URL: '/'});
  assert.equal(built.status, 0, `the ${GENERATED}-question build failed:\n${built.output.slice(-3000)}`);
  t.diagnostic(`the ${GENERATED + readQuestions().length}-question build took ${built.seconds.toFixed(0)} s`);
  const largeBuild = path.join(siteDir, 'build');

  const smallHtml = fs.readFileSync(path.join(smallBuild, questionFile), 'utf8');
  const largeHtml = fs.readFileSync(path.join(largeBuild, questionFile), 'utf8');
  const html = [smallHtml, largeHtml].map((page) => brotliSize(Buffer.from(page)));
  const smallScripts = appScripts(smallBuild, '/', smallHtml).map(withoutSearchList);
  const largeScripts = appScripts(largeBuild, '/', largeHtml).map(withoutSearchList);
  const app = [appScriptBytes(smallScripts), appScriptBytes(largeScripts)];
  t.diagnostic(`HTML ${html.map((bytes) => (bytes / 1024).toFixed(2)).join(' -> ')} KiB brotli`);
  t.diagnostic(`app JS ${app.map((bytes) => (bytes / 1024).toFixed(1)).join(' -> ')} KiB brotli`);

  // The page shows its own question, its neighbours in the pagination and its sidebar's block.
  const allowed = LIST_LIMITS.sidebarQuestionsPerCategory + 2;
  assert.ok(
    titlesIn(largeHtml, titles).length <= allowed,
    `the page's HTML names ${titlesIn(largeHtml, titles).length} of the ${GENERATED} generated questions (at most ${allowed})`,
  );
  const scripts = largeScripts.join('\n');
  assert.ok(
    titlesIn(scripts, titles).length <= allowed,
    `the page's app names ${titlesIn(scripts, titles).length} of the ${GENERATED} generated questions (at most ${allowed})`,
  );
  assert.ok(html[1]! <= html[0]! * MARGIN.html, `question page HTML (brotli) grew more than ${MARGIN.html}x`);
  assert.ok(
    app[1]! <= app[0]! + GENERATED * MARGIN.appBytesPerQuestion,
    `the app's JavaScript (brotli) grew by more than ${MARGIN.appBytesPerQuestion} bytes a question`,
  );
  fs.rmSync(siteDir, {recursive: true, force: true});
});
