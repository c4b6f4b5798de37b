/**
 * The one normalisation of search text, shared by the indexer (at build time)
 * and the query (in the browser), so both always agree: lower case, accents
 * and punctuation dropped, British spelling folded to American, stop words
 * dropped, then Porter-stemmed. Typo tolerance is applied to what is left.
 */
import {stemmer} from 'stemmer';

/**
 * Words that say little about which question is meant ("how do I …").
 * Kept on purpose: "us" (readers type it for the country) and "who" (who runs
 * the nodes is its own question).
 */
const STOP_WORDS = new Set(
  (
    'a about above after again all am an and any are as at be been being both but by can could did do does doing ' +
    'for from had has have having he her here hers him his how i if in into is it its itself just me more most my ' +
    'no nor not of off on once only or other our ours out over same she should so some such than that the their ' +
    'theirs them then there these they this those through to too under until up very was we were what when where ' +
    'which while why will with would you your yours'
  ).split(' '),
);

/** Whole words spelled differently in British English that no suffix rule below folds. */
const BRITISH_WORDS: Readonly<Record<string, string>> = {
  licence: 'license',
  defence: 'defense',
  offence: 'offense',
  programme: 'program',
  programmes: 'programs',
  catalogue: 'catalog',
  dialogue: 'dialog',
  cheque: 'check',
  enquiry: 'inquiry',
  enquiries: 'inquiries',
};

/**
 * British endings folded to American ones. A rule may also touch a word that
 * is not British ("promise" becomes "promize"): harmless, because the index
 * and the query fold the same way.
 */
const BRITISH_ENDINGS: readonly [RegExp, string][] = [
  [/(\w{3})is(e|es|ed|ing|er|ers|ation|ations)$/, '$1iz$2'],
  [/(\w{2})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/(\w{3})our(s|ed|ing|ite|ites|able)?$/, '$1or$2'],
  [/(\w{3})tre(s)?$/, '$1ter$2'],
];

export function toAmerican(word: string): string {
  const whole = BRITISH_WORDS[word];
  if (whole) return whole;
  for (const [pattern, replacement] of BRITISH_ENDINGS) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/** Splits text into words: runs of letters and digits, lower case, accents removed. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Each word's normal form, once: words repeat across answers, and stemming was most of an index build. */
const normalizedWords = new Map<string, string | null>();

/** A word as the index holds it: American spelling, stemmed; null for a stop word. */
export function normalizeWord(word: string): string | null {
  let normalized = normalizedWords.get(word);
  if (normalized === undefined) {
    normalized = isStopWord(word) ? null : stemmer(toAmerican(word));
    normalizedWords.set(word, normalized);
  }
  return normalized;
}

/** The searchable terms of a text, in order (stop words dropped). */
export function searchTerms(text: string): string[] {
  return words(text).flatMap((word) => normalizeWord(word) ?? []);
}
