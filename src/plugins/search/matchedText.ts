/**
 * The text a result shows of where it matched: an answer cut into sentences
 * (the index stores them), the sentence with the most matched words, and the
 * matched words marked. Shared by the index (build, tests) and the browser.
 */
import {normalizeWord, toAmerican, words} from './normalize';

/** An answer's sentences, list items included, without their bullets. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.replace(/^[-*]\s+/, '').trim())
    .filter(Boolean);
}

/** Whether a word of shown text is one the index matched (by its stem or its unstemmed form). */
export function isMatchedWord(word: string, terms: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  const stem = normalizeWord(lower);
  return stem !== null && (terms.has(stem) || terms.has(toAmerican(lower)));
}

/** The sentence with the most matched words, if any has one. */
export function bestSentence(sentences: readonly string[], terms: readonly string[]): string | undefined {
  const matched = new Set(terms);
  let best: {sentence: string; count: number} | undefined;
  for (const sentence of sentences) {
    const count = new Set(words(sentence).filter((word) => isMatchedWord(word, matched))).size;
    if (count > 0 && (!best || count > best.count)) best = {sentence, count};
  }
  return best?.sentence;
}

/** Text cut into plain and matched parts, for `<mark>` in results. */
export function markMatches(text: string, terms: readonly string[]): {text: string; matched: boolean}[] {
  const matched = new Set(terms);
  const parts: {text: string; matched: boolean}[] = [];
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (piece === '') continue;
    const isMatch = /^[\p{L}\p{N}]+$/u.test(piece) && isMatchedWord(piece, matched);
    const last = parts.at(-1);
    if (last && last.matched === isMatch && !isMatch) last.text += piece;
    else parts.push({text: piece, matched: isMatch});
  }
  return parts;
}
