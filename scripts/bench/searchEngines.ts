/**
 * Search engines compared on the same questions and queries, in Node: the
 * site's engine (MiniSearch behind the shared normalisation, split files)
 * against lunr as the previous plugin (@easyops-cn/docusaurus-search-local)
 * configured it, MiniSearch with its defaults in one file, and Orama with its
 * English stemmer. Figures: accuracy on tests/search-queries.json by class,
 * dead ends, first-title accuracy on the 1,000-question fixture, index bytes
 * (brotli) a first query fetches, per-keystroke search time, index build time.
 * The browser figures (rendering included) are in bench.ts, section d.
 *
 * Usage: tsx scripts/bench/searchEngines.ts (also run by npm run bench).
 */
/* eslint-disable @typescript-eslint/require-await -- every engine adapter has one async shape; some engines answer synchronously */
import fs from 'node:fs';
import path from 'node:path';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import {create, insertMultiple, save, search as oramaSearch} from '@orama/orama';
import {QuestionIndex, buildSearchIndex, type IndexedQuestion} from '../../src/plugins/search/questionIndex';
import {closestQuestions} from '../../src/plugins/search/closest';
import {CLOSEST_COUNT, MAX_HITS} from '../../src/plugins/search/types';
import {searchFixture} from './searchFixture';
import {brotliSize} from '../../support/browser';
import {repoDir} from '../../support/site';
import {fmt, kib, median, note, percentile, progress, table} from './report';
import {fixtureQueries} from './search';

type Ranked = {ids: string[]; closest: boolean};
type BuiltEngine = {
  /** Question ids, best first; `closest` when they are the no-match offer. */
  search: (query: string) => Promise<Ranked>;
  /** Brotli bytes a visitor's first query downloads. */
  firstQueryBytes: (query: string) => Promise<number>;
  totalBytes: number;
};
type Engine = {name: string; build: (questions: readonly IndexedQuestion[]) => Promise<BuiltEngine>};

const brotli = (text: string): number => brotliSize(Buffer.from(text));

/** A one-file index: every first query downloads all of it. */
function wholeFile(stored: string): Pick<BuiltEngine, 'firstQueryBytes' | 'totalBytes'> {
  const bytes = brotli(stored);
  return {firstQueryBytes: async () => bytes, totalBytes: bytes};
}

const siteEngine: Engine = {
  name: 'site: MiniSearch + normalisation, split files',
  async build(questions) {
    // Categories only label results; the comparison reads ids.
    const files = new Map([...buildSearchIndex(questions, [])].map(([name, json]) => [name, JSON.stringify(json)]));
    const sizes = new Map([...files].map(([name, text]) => [name, brotli(text)]));
    const open = (onFetch: (file: string) => void = () => {}) =>
      new QuestionIndex(async (file) => {
        onFetch(file);
        return JSON.parse(files.get(file) ?? 'null') as unknown;
      });
    const warm = open();
    return {
      async search(query) {
        const matches = await warm.search(query, MAX_HITS);
        if (matches.length > 0) return {ids: matches.map((match) => match.id), closest: false};
        const closest = closestQuestions(query, questions, CLOSEST_COUNT);
        return {ids: closest.map((question) => question.id), closest: true};
      },
      async firstQueryBytes(query) {
        let bytes = 0;
        await open((file) => (bytes += sizes.get(file) ?? 0)).search(query, MAX_HITS);
        return bytes;
      },
      totalBytes: [...sizes.values()].reduce((sum, size) => sum + size, 0),
    };
  },
};

/**
 * lunr with the previous plugin's settings: no stemmer, one edit of
 * fuzziness, every word required, the last one also as a prefix; when that
 * finds nothing, word by word, ranked by words matched (the previous hook).
 */
const lunrEngine: Engine = {
  name: 'lunr, previous plugin settings',
  async build(questions) {
    const index = lunr(function () {
      this.pipeline.remove(lunr.stemmer);
      this.searchPipeline.remove(lunr.stemmer);
      this.ref('id');
      this.field('title', {boost: 3});
      this.field('keywords', {boost: 3});
      this.field('description', {boost: 2});
      this.field('answer');
      for (const question of questions) this.add({...question, keywords: question.keywords.join(' ')});
    });
    const lookUp = (tokens: readonly string[], presence: lunr.Query.presence) =>
      index.query((query) => {
        tokens.forEach((token, position) => {
          query.term(token, {presence, editDistance: token.length > 3 ? 1 : 0});
          // lunr finds nothing for a required prefix term: the prefix is an optional extra.
          if (position === tokens.length - 1) query.term(token, {wildcard: lunr.Query.wildcard.TRAILING});
        });
      });
    const stored = JSON.stringify({index, documents: questions});
    return {
      async search(query) {
        const tokens = lunr
          .tokenizer(query)
          .map((token) => token.toString().replace(/[^\p{L}\p{N}]/gu, ''))
          .filter((token) => token && lunr.stopWordFilter(new lunr.Token(token, {})));
        if (tokens.length === 0) return {ids: [], closest: false};
        const all = lookUp(tokens, lunr.Query.presence.REQUIRED);
        if (all.length > 0 || tokens.length < 2)
          return {ids: all.slice(0, MAX_HITS).map((hit) => hit.ref), closest: false};
        const words = new Map<string, number>();
        for (const token of tokens)
          for (const hit of lookUp([token], lunr.Query.presence.OPTIONAL)) {
            words.set(hit.ref, (words.get(hit.ref) ?? 0) + 1);
          }
        const ids = [...words].sort((a, b) => b[1] - a[1]).map(([id]) => id);
        return {ids: ids.slice(0, MAX_HITS), closest: false};
      },
      ...wholeFile(stored),
    };
  },
};

const miniSearchDefaults: Engine = {
  name: 'MiniSearch defaults, one file',
  async build(questions) {
    const index = new MiniSearch<IndexedQuestion & {keywordText: string}>({
      fields: ['title', 'keywordText', 'description', 'answer'],
      searchOptions: {boost: {title: 3, keywordText: 3, description: 2}, fuzzy: 0.2, prefix: true},
    });
    index.addAll(questions.map((question) => ({...question, keywordText: question.keywords.join(' ')})));
    const stored = JSON.stringify(index);
    return {
      search: async (query) => ({
        ids: index
          .search(query)
          .slice(0, MAX_HITS)
          .map((hit) => String(hit.id)),
        closest: false,
      }),
      ...wholeFile(stored),
    };
  },
};

const oramaEngine: Engine = {
  name: 'Orama, English stemmer, 1 typo',
  async build(questions) {
    const db = create({
      schema: {qid: 'string', title: 'string', keywords: 'string', description: 'string', answer: 'string'} as const,
      components: {tokenizer: {language: 'english', stemming: true, stopWords: false}},
    });
    await insertMultiple(
      db,
      questions.map((question) => ({...question, qid: question.id, keywords: question.keywords.join(' ')})),
    );
    const stored = JSON.stringify(save(db));
    return {
      async search(query) {
        const result = await oramaSearch(db, {
          term: query,
          properties: ['title', 'keywords', 'description', 'answer'],
          boost: {title: 3, keywords: 3, description: 2},
          tolerance: 1,
          limit: MAX_HITS,
        });
        return {ids: result.hits.map((hit) => String(hit.document.qid)), closest: false};
      },
      ...wholeFile(stored),
    };
  },
};

const ENGINES: readonly Engine[] = [lunrEngine, miniSearchDefaults, oramaEngine, siteEngine];

type Case = {query: string; expect: string; kind: string};

async function timed<T>(run: () => Promise<T>): Promise<{value: T; ms: number}> {
  const started = performance.now();
  const value = await run();
  return {value, ms: performance.now() - started};
}

export async function benchSearchEngines(): Promise<void> {
  console.log('\n== Search engines compared in Node (same questions, same queries) ==');
  const cases = JSON.parse(fs.readFileSync(path.join(repoDir, 'tests/search-queries.json'), 'utf8')) as Case[];
  const real = searchFixture(0).questions;
  const fixture = searchFixture(1000);
  const queries = fixtureQueries(fixture.generated);
  const slugOf = (id: string | undefined) => id?.split('/').pop();
  const kinds = [...new Set(cases.map((c) => c.kind))];
  const summary: string[][] = [];
  const byKind: string[][] = kinds.map((kind) => [kind]);

  for (const engine of ENGINES) {
    progress(`search engines: ${engine.name}`);
    const onReal = await engine.build(real);
    let right = 0;
    let deadEnds = 0;
    const perKind = new Map<string, number>();
    for (const searchCase of cases) {
      const {ids} = await onReal.search(searchCase.query);
      if (ids.length === 0) deadEnds += 1;
      if (slugOf(ids[0]) === searchCase.expect) {
        right += 1;
        perKind.set(searchCase.kind, (perKind.get(searchCase.kind) ?? 0) + 1);
      }
    }
    kinds.forEach((kind, row) => {
      const total = cases.filter((c) => c.kind === kind).length;
      byKind[row]?.push(`${perKind.get(kind) ?? 0}/${total}`);
    });

    const built = await timed(() => engine.build(fixture.questions));
    const onFixture = built.value;
    let titlesRight = 0;
    let titled = 0;
    const firstBytes: number[] = [];
    const keystrokeMs: number[] = [];
    for (const {query, expectTitle} of queries) {
      firstBytes.push(await onFixture.firstQueryBytes(query));
      // Each keystroke searches what is typed so far, on an index already loaded.
      for (let end = 1; end <= query.length; end += 1) {
        if (query[end - 1] === ' ') continue;
        keystrokeMs.push((await timed(() => onFixture.search(query.slice(0, end)))).ms);
      }
      if (expectTitle) {
        titled += 1;
        const {ids} = await onFixture.search(query);
        const expectedId = fixture.questions.find((question) => question.title === expectTitle)?.id;
        if (ids[0] === expectedId) titlesRight += 1;
      }
    }
    summary.push([
      engine.name,
      `${right}/${cases.length}`,
      String(deadEnds),
      `${titlesRight}/${titled}`,
      kib(onFixture.totalBytes),
      kib(median(firstBytes)),
      kib(Math.max(...firstBytes)),
      fmt(percentile(keystrokeMs, 50), 1),
      fmt(percentile(keystrokeMs, 95), 1),
      fmt(built.ms / 1000, 1),
    ]);
  }

  table(
    `Engines: ${real.length} real questions (${cases.length} queries), fixture of ${fixture.questions.length} questions (${queries.length} queries)`,
    [
      'engine',
      'first right',
      'dead ends',
      'fixture titles',
      'index KiB br',
      '1st query KiB (median)',
      '(max)',
      'key p50 ms',
      'key p95 ms',
      'build s',
    ],
    summary,
  );
  table(
    'First result right, by class of query (tests/search-queries.json)',
    ['class', ...ENGINES.map((e) => e.name)],
    byKind,
  );
  note(
    '"first right": the expected question is the first shown; for the site, a no-match query shows the closest questions.',
  );
  note('"dead ends": queries that show no question at all. Timings are Node only (no rendering), on a warm index.');
  note('"1st query KiB": brotli bytes of index files a first query downloads; a one-file engine downloads all of it.');
}

if (require.main === module) {
  benchSearchEngines().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
