/**
 * The questions closest to a query that matched nothing, so search never ends
 * empty. Written here rather than taken from a library because it is a dozen
 * lines over text the page already has (titles and one-line answers): each
 * query word counts its best spelling likeness (shared letter triples) with
 * a word of the question, and questions are ranked by the sum.
 */
import {isStopWord, toAmerican, words} from './normalize';

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Dice coefficient of two words' letter triples: 1 for the same word, 0 for nothing shared. */
export function spellingLikeness(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

export function closestQuestions<Q extends {title: string; description: string}>(
  query: string,
  questions: readonly Q[],
  count: number,
): Q[] {
  const all = words(query).map(toAmerican);
  const meaningful = all.filter((word) => !isStopWord(word));
  const queryWords = meaningful.length > 0 ? meaningful : all;
  return questions
    .map((question, order) => {
      const questionWords = [...new Set(words(`${question.title} ${question.description}`).map(toAmerican))];
      const score = queryWords.reduce(
        (sum, word) => sum + Math.max(0, ...questionWords.map((other) => spellingLikeness(word, other))),
        0,
      );
      return {question, order, score};
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .map(({question}) => question);
}
