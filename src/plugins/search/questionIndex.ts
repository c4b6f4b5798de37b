/**
 * The search index of the question list and the query that reads it, in one
 * module so the build and the browser (and the tests, in Node) run the same
 * code. MiniSearch does the indexing, BM25 scoring, fuzzy and prefix lookup;
 * this module decides what is indexed, how it is split into files, and how
 * the words of a query combine.
 *
 * Files (all JSON, under search/<version>/):
 * - head.json: question ids, and an index of titles, keywords and one-line
 *   answers (boosted), holding both stems and unstemmed words so a typo can
 *   be one edit from either. Every query loads it.
 * - body-<cc>.json: the answers' stems that start with <cc>. A query loads
 *   only the files of its own words' first two letters, so at 1,000 questions
 *   the first query fetches a small part of the index, and a query of the
 *   most words allowed can fetch no more than the largest files allow (the
 *   unit tests check the bound). Typos are tolerated in the body after the
 *   first two letters; the head catches them anywhere.
 * - text-<n>.json: the answers' sentences, fetched only to show the sentence
 *   that matched.
 * - cards-<n>.json: what a result shows of a question (title, one-line
 *   answer, address, category), in small chunks, so the page's app carries no
 *   list of questions: a query loads the chunks of its hits.
 * - cards.json: every card in one file, loaded only by a query that matches
 *   nothing, for the closest questions.
 */
import MiniSearch, {type AsPlainObject, type Options, type SearchResult} from 'minisearch';
import {normalizeWord, searchTerms, toAmerican, words} from './normalize';
import {bestSentence, sentencesOf} from './matchedText';
import {SEARCH_HEAD_FILE} from './types';
import {closestQuestions} from './closest';

export type IndexedQuestion = {
  id: string;
  title: string;
  keywords: readonly string[];
  description: string;
  answer: string;
  /** The question page's address (with the base URL). */
  permalink: string;
  /** Position of its category in the head's `categories`. */
  category: number;
};

/** A category as results name it and link to it. */
export type SearchCategory = {label: string; permalink: string};

/** What a result shows of a question. */
export type QuestionCard = {title: string; description: string; permalink: string; category: number};

export type SearchIndexHead = {
  ids: string[];
  categories: SearchCategory[];
  /** Keys of the body files that exist. */
  bodyShards: string[];
  /** Questions per text-<n>.json and cards-<n>.json file: small, since a first query may load eight of each. */
  chunkSize: number;
  head: AsPlainObject;
};

export type QuestionMatch = {
  id: string;
  card: QuestionCard;
  score: number;
  /** Index terms that matched (stems or unstemmed words), for marking text. */
  terms: string[];
  /** Whether the title or one-line answer matched (then no sentence is shown). */
  matchedTitleOrDescription: boolean;
  /** The answer's sentence that matched best, when only the answer matched. */
  sentence?: string;
};

type HeadDocument = {id: number; title: string; keywords: string; description: string};
type BodyDocument = {id: number; body: string};

const HEAD_FIELDS = ['title', 'keywords', 'description'];
/** The question and the words readers use for it weigh more than the answer's body. */
const HEAD_BOOST = {title: 3, keywords: 3, description: 2};
const BODY_BOOST = 1;
const CHUNK_SIZE = 10;
const ALL_CARDS_FILE = 'cards.json';

/** Stem and unstemmed (American) form of a word; null for a stop word. */
function headTerms(word: string): string[] | null {
  const stem = normalizeWord(word);
  if (stem === null) return null;
  const american = toAmerican(word);
  return stem === american ? [stem] : [stem, american];
}

const headOptions: Options<HeadDocument> = {
  fields: HEAD_FIELDS,
  tokenize: words,
  processTerm: headTerms,
  searchOptions: {processTerm: (term) => term},
};

function bodyOptions(shard: string): Options<BodyDocument> {
  return {
    fields: ['body'],
    tokenize: words,
    processTerm: (word) => {
      const stem = normalizeWord(word);
      return stem !== null && shardOf(stem) === shard ? stem : null;
    },
    searchOptions: {processTerm: (term) => term},
  };
}

/** Body files are split by a term's first two characters (other than a-z and 0-9 as "_"). */
function shardOf(term: string): string {
  return term.slice(0, 2).replace(/[^a-z0-9]/g, '_');
}

/** The files of the index, by name. */
export function buildSearchIndex(
  questions: readonly IndexedQuestion[],
  categories: readonly SearchCategory[],
): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const head = new MiniSearch<HeadDocument>(headOptions);
  head.addAll(
    questions.map((question, id) => ({
      id,
      title: question.title,
      keywords: question.keywords.join(' '),
      description: question.description,
    })),
  );

  const bodyTerms = questions.map((question) => new Set(searchTerms(question.answer)));
  const shards = [...new Set(bodyTerms.flatMap((terms) => [...terms].map(shardOf)))].sort();
  for (const shard of shards) {
    const body = new MiniSearch<BodyDocument>(bodyOptions(shard));
    body.addAll(
      questions.flatMap((question, id) =>
        [...(bodyTerms[id] ?? [])].some((term) => shardOf(term) === shard) ? [{id, body: question.answer}] : [],
      ),
    );
    files.set(`body-${shard}.json`, body.toJSON());
  }

  const cards = questions.map(({title, description, permalink, category}): QuestionCard => ({
    title,
    description,
    permalink,
    category,
  }));
  for (let start = 0; start < questions.length; start += CHUNK_SIZE) {
    const chunk = start / CHUNK_SIZE;
    files.set(
      `text-${chunk}.json`,
      questions.slice(start, start + CHUNK_SIZE).map(({answer}) => sentencesOf(answer)),
    );
    files.set(`cards-${chunk}.json`, cards.slice(start, start + CHUNK_SIZE));
  }
  files.set(ALL_CARDS_FILE, cards);
  files.set(SEARCH_HEAD_FILE, {
    ids: questions.map((question) => question.id),
    categories: [...categories],
    bodyShards: shards,
    chunkSize: CHUNK_SIZE,
    head: head.toJSON(),
  } satisfies SearchIndexHead);
  return files;
}

/** Allowed typing errors grow with the word: none in short words, where one edit makes another word. */
function maxEdits(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 8 ? 1 : 2;
}

/** A word with two neighbouring letters swapped ("xtmp" for "xmtp"): one typo, two Levenshtein edits. */
function transpositions(word: string): string[] {
  if (word.length < 4) return [];
  const swapped: string[] = [];
  for (let i = 0; i < word.length - 1; i += 1) {
    if (word[i] === word[i + 1]) continue;
    swapped.push(`${word.slice(0, i)}${word[i + 1] ?? ''}${word[i] ?? ''}${word.slice(i + 2)}`);
  }
  return swapped;
}

/** Words of a query that are looked up (stop words do not count); a pasted paragraph gains nothing past them. */
export const MAX_QUERY_WORDS = 8;

type WordScore = {score: number; terms: Set<string>; fields: Set<string>};
const noScore = (): WordScore => ({score: 0, terms: new Set<string>(), fields: new Set<string>()});

function collect(into: Map<number, WordScore>, results: readonly SearchResult[], boost = 1): void {
  for (const result of results) {
    const id = result.id as number;
    const entry = into.get(id) ?? noScore();
    // The best form of a word counts once: a question that holds the stem and
    // the word itself is not twice as relevant.
    entry.score = Math.max(entry.score, result.score * boost);
    for (const [term, fields] of Object.entries(result.match)) {
      entry.terms.add(term);
      fields.forEach((field) => entry.fields.add(field));
    }
    into.set(id, entry);
  }
}

/**
 * One word's best score per question: the best of its forms in the head,
 * plus its stem's in the body (the body holds stems only).
 */
function lookUp(
  head: MiniSearch<HeadDocument>,
  body: {shard: string; index: MiniSearch<BodyDocument>} | undefined,
  forms: readonly string[],
  options: {fuzzy?: typeof maxEdits; prefix?: boolean},
): Map<number, WordScore> {
  const scores = new Map<number, WordScore>();
  const unique = [...new Set(forms)];
  for (const form of unique) collect(scores, head.search(form, {...options, boost: HEAD_BOOST}));
  if (!body) return scores;
  const bodyScores = new Map<number, WordScore>();
  for (const form of unique) {
    if (shardOf(form) === body.shard) collect(bodyScores, body.index.search(form, options), BODY_BOOST);
  }
  for (const [id, score] of bodyScores) {
    const entry = scores.get(id) ?? noScore();
    entry.score += score.score;
    score.terms.forEach((term) => entry.terms.add(term));
    entry.fields.add('body');
    scores.set(id, entry);
  }
  return scores;
}

/**
 * Queries the index files, loading each on first need through `fetchJson`
 * (a fetch in the browser, a file read in tests and the benchmark).
 */
export class QuestionIndex {
  private headPromise: Promise<{meta: SearchIndexHead; index: MiniSearch<HeadDocument>}> | undefined;
  private readonly bodies = new Map<string, Promise<MiniSearch<BodyDocument>>>();
  private readonly files = new Map<string, Promise<unknown>>();

  constructor(private readonly fetchJson: (file: string) => Promise<unknown>) {}

  /** Loads the part every query needs. */
  async warmUp(): Promise<void> {
    await this.head();
  }

  private head() {
    this.headPromise ??= this.fetchJson(SEARCH_HEAD_FILE).then((json) => {
      const meta = json as SearchIndexHead;
      return {meta, index: MiniSearch.loadJS(meta.head, headOptions)};
    });
    return this.headPromise;
  }

  private body(shard: string): Promise<MiniSearch<BodyDocument>> {
    let body = this.bodies.get(shard);
    if (!body) {
      body = this.fetchJson(`body-${shard}.json`).then((json) =>
        MiniSearch.loadJS(json as AsPlainObject, bodyOptions(shard)),
      );
      this.bodies.set(shard, body);
    }
    return body;
  }

  /** A file of the index, fetched once. */
  private file<T>(name: string): Promise<T> {
    let file = this.files.get(name);
    if (!file) {
      file = this.fetchJson(name);
      this.files.set(name, file);
    }
    return file as Promise<T>;
  }

  /** Question `id`'s entry in a chunked file (text-<n>.json, cards-<n>.json). */
  private async chunked<T>(kind: 'text' | 'cards', id: number): Promise<T | undefined> {
    const {meta} = await this.head();
    return (await this.file<T[]>(`${kind}-${Math.floor(id / meta.chunkSize)}.json`))[id % meta.chunkSize];
  }

  /** The categories, in the sidebar's order. */
  async categories(): Promise<SearchCategory[]> {
    return (await this.head()).meta.categories;
  }

  /** The questions closest to a query that matched nothing (./closest.ts), by their titles and one-line answers. */
  async closest(query: string, count: number): Promise<{id: string; card: QuestionCard}[]> {
    const [{meta}, cards] = await Promise.all([this.head(), this.file<QuestionCard[]>(ALL_CARDS_FILE)]);
    const questions = cards.map((card, position) => ({...card, id: meta.ids[position] ?? String(position)}));
    return closestQuestions(query, questions, count).map(({id, ...card}) => ({id, card}));
  }

  /**
   * Questions ranked for a query. Each word is looked up on its own: as its
   * stem and unstemmed word (the last word also as a prefix, since the reader
   * may still be typing it), and, if that finds nothing, with typos (edits by
   * length, or two letters swapped). Questions holding more
   * of the query's words rank first, so one that holds every word of a phrase
   * ranks above one that holds a single word many times; among equals, the
   * sum over words of each word's best BM25 score decides.
   */
  async search(query: string, limit: number): Promise<QuestionMatch[]> {
    const queryWords = [...new Set(words(query).filter((word) => normalizeWord(word) !== null))].slice(
      0,
      MAX_QUERY_WORDS,
    );
    if (queryWords.length === 0) return [];
    const {meta, index} = await this.head();
    const stems = queryWords.map((word) => normalizeWord(word) ?? word);
    const available = new Set(meta.bodyShards);
    const bodies = new Map(
      await Promise.all(
        [...new Set(stems.map(shardOf))]
          .filter((shard) => available.has(shard))
          .map(async (shard) => [shard, {shard, index: await this.body(shard)}] as const),
      ),
    );

    const total = new Map<number, {score: number; words: Set<string>; terms: Set<string>; fields: Set<string>}>();
    queryWords.forEach((word, position) => {
      const stem = stems[position] ?? word;
      const prefix = position === queryWords.length - 1;
      const american = toAmerican(word);
      const body = bodies.get(shardOf(stem));
      // A word found as typed is taken as typed; only a word found nowhere is
      // looked up with typos, which is slower and noisier.
      let perWord = lookUp(index, body, [stem, american], {prefix});
      if (perWord.size === 0) {
        const swapped = transpositions(american).flatMap((variant) => [variant, normalizeWord(variant) ?? variant]);
        perWord = lookUp(index, body, [stem, american], {fuzzy: maxEdits, prefix});
        for (const [id, score] of lookUp(index, body, swapped, {})) {
          if (score.score > (perWord.get(id)?.score ?? 0)) perWord.set(id, score);
        }
      }
      for (const [id, score] of perWord) {
        const entry = total.get(id) ?? {score: 0, words: new Set(), terms: new Set(), fields: new Set()};
        entry.score += score.score;
        entry.words.add(word);
        score.terms.forEach((term) => entry.terms.add(term));
        score.fields.forEach((field) => entry.fields.add(field));
        total.set(id, entry);
      }
    });

    const ranked = [...total.entries()]
      .map(([id, entry]) => ({id, entry, score: entry.score}))
      .sort((a, b) => b.entry.words.size - a.entry.words.size || b.score - a.score || a.id - b.id)
      .slice(0, limit);

    return Promise.all(
      ranked.map(async ({id, entry, score}) => {
        const terms = [...entry.terms];
        const matchedTitleOrDescription = entry.fields.has('title') || entry.fields.has('description');
        const showSentence = !matchedTitleOrDescription && entry.fields.has('body');
        const [card, sentences] = await Promise.all([
          this.chunked<QuestionCard>('cards', id),
          showSentence ? this.chunked<string[]>('text', id) : undefined,
        ]);
        if (!card) throw new Error(`search index: no card for question ${id}`);
        const match: QuestionMatch = {id: meta.ids[id] ?? String(id), card, score, terms, matchedTitleOrDescription};
        const sentence = bestSentence(sentences ?? [], terms);
        if (sentence) match.sentence = sentence;
        return match;
      }),
    );
  }
}
