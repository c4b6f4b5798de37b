/**
 * The files plugins publish beside the pages (src/plugins/siteFiles.ts): the
 * maps the FAQ and search plugins produce, how they are written into a build
 * and into the development server's folder, and how that folder is served.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {createSiteFiles, replaceSiteFiles, writeSiteFiles, type SiteFiles} from '../../src/plugins/siteFiles';
import {exportFiles, llmsFullTxt, llmsTxt, questionMarkdown, robotsTxt} from '../../src/plugins/faq/exports';
import type {LoadedFaq, LoadedQuestion} from '../../src/plugins/faq/questions';
import {searchIndexFiles} from '../../src/plugins/search/indexFiles';

function temporaryDir(t: {after: (fn: () => void) => void}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-site-files-'));
  t.after(() => fs.rmSync(dir, {recursive: true, force: true}));
  return dir;
}

/** Every file under `dir`, by site-relative path, with its content. */
function filesIn(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .map((file): [string, string] => [
        path.relative(dir, file).split(path.sep).join('/'),
        fs.readFileSync(file, 'utf8'),
      ])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

test('the exports: llms.txt, llms-full.txt, robots.txt and each question as Markdown, by path under the base URL', () => {
  const site = {title: 'FAQ', tagline: 'Answers.', absoluteUrl: (sitePath: string) => `https://example.org${sitePath}`};
  const question = (slug: string) =>
    ({
      slug,
      title: `Is ${slug}?`,
      description: 'Yes.',
      permalink: `/base/faq/${slug}`,
      answerMarkdown: 'Yes.',
    }) as LoadedQuestion;
  const faq = {
    categories: [
      {key: 'one', label: 'One', description: '', permalink: '/base/faq/one', questions: [question('a')]},
      {key: 'two', label: 'Two', description: '', permalink: '/base/faq/two', questions: [question('b')]},
    ],
  } as unknown as LoadedFaq;
  const files = exportFiles(faq, site, '/base/');
  assert.deepEqual([...files.keys()], ['llms.txt', 'llms-full.txt', 'robots.txt', 'faq/a.md', 'faq/b.md']);
  assert.equal(files.get('faq/b.md'), questionMarkdown(question('b'), site));
  assert.equal(files.get('llms.txt'), llmsTxt(faq, site));
  assert.equal(files.get('llms-full.txt'), llmsFullTxt(faq, site));
  assert.equal(files.get('robots.txt'), robotsTxt(site));
});

test("the search index's files: JSON under search/<hash of the content>/, a new folder when the content changes", () => {
  const index = new Map<string, unknown>([
    ['head.json', {ids: ['a']}],
    ['body-co.json', {coin: [0]}],
  ]);
  const {indexPath, files} = searchIndexFiles(index);
  assert.match(indexPath, /^search\/[0-9a-f]{12}\/$/);
  assert.deepEqual([...files.keys()], [`${indexPath}head.json`, `${indexPath}body-co.json`]);
  assert.deepEqual(JSON.parse(files.get(`${indexPath}head.json`) ?? ''), {ids: ['a']});
  assert.equal(searchIndexFiles(new Map(index)).indexPath, indexPath);
  assert.notEqual(searchIndexFiles(new Map([...index, ['head.json', {ids: ['b']}]])).indexPath, indexPath);
});

test('a build gets the files written beside what is already there', async (t) => {
  const outDir = temporaryDir(t);
  fs.writeFileSync(path.join(outDir, 'index.html'), '<!doctype html>');
  await writeSiteFiles(
    outDir,
    new Map([
      ['llms.txt', 'list'],
      ['search/abc/head.json', '{}'],
    ]),
  );
  assert.deepEqual(filesIn(outDir), {
    'index.html': '<!doctype html>',
    'llms.txt': 'list',
    'search/abc/head.json': '{}',
  });
});

test("the development server's folder holds exactly the latest files; an edit rewrites only what changed", async (t) => {
  const dir = temporaryDir(t);
  // Left by the last `npm start`.
  fs.mkdirSync(path.join(dir, 'search/last-session'), {recursive: true});
  fs.writeFileSync(path.join(dir, 'search/last-session/head.json'), '{}');
  const first = new Map([
    ['faq/a.md', '# A'],
    ['faq/b.md', '# B'],
    ['search/old/head.json', '{"v":1}'],
  ]);
  await replaceSiteFiles(dir, first);
  assert.deepEqual(filesIn(dir), {'faq/a.md': '# A', 'faq/b.md': '# B', 'search/old/head.json': '{"v":1}'});
  assert.deepEqual(fs.readdirSync(path.join(dir, 'search')), ['old']);

  // b.md is unchanged, so it is not written again: what is on disk stays.
  fs.writeFileSync(path.join(dir, 'faq/b.md'), '# B, untouched');
  const edited = new Map([
    ['faq/a.md', '# A, edited'],
    ['faq/b.md', '# B'],
    ['search/new/head.json', '{"v":2}'],
  ]);
  await replaceSiteFiles(dir, edited, first);
  assert.deepEqual(filesIn(dir), {
    'faq/a.md': '# A, edited',
    'faq/b.md': '# B, untouched',
    'search/new/head.json': '{"v":2}',
  });
  assert.deepEqual(fs.readdirSync(path.join(dir, 'search')), ['new']);
});

test('`docusaurus start` serves a plugin’s files from its folder at the base URL; a build only writes them', async (t) => {
  const generatedFilesDir = temporaryDir(t);
  const siteFiles = createSiteFiles({generatedFilesDir, baseUrl: '/base/'} as LoadContext, 'a-plugin');
  const developmentDir = path.join(generatedFilesDir, 'site-files', 'a-plugin');
  const files: SiteFiles = new Map([['llms.txt', 'list']]);

  assert.deepEqual(siteFiles.configureWebpack({}, false, undefined as never, undefined), {
    devServer: {
      static: [
        {
          directory: developmentDir,
          publicPath: '/base/',
          serveIndex: false,
          staticOptions: {index: false, redirect: false},
          watch: false,
        },
      ],
    },
  });
  assert.equal(siteFiles.configureWebpack({}, true, undefined as never, undefined), undefined);

  const nodeEnv = process.env.NODE_ENV;
  t.after(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  process.env.NODE_ENV = 'production';
  await siteFiles.publish(files);
  assert.equal(fs.existsSync(developmentDir), false);
  process.env.NODE_ENV = 'development';
  await siteFiles.publish(files);
  assert.deepEqual(filesIn(developmentDir), {'llms.txt': 'list'});

  const outDir = temporaryDir(t);
  await siteFiles.write(outDir);
  assert.deepEqual(filesIn(outDir), {'llms.txt': 'list'});
});
