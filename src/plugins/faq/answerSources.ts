/**
 * Each question file is read once, by Docusaurus, through our front matter
 * hook. The hook keeps the answer's Markdown here so the exports (llms-full.txt,
 * JSON-LD) use the very text that was validated, without a second reader.
 */
const answersByFile = new Map<string, string>();

export function recordAnswer(absolutePath: string, markdown: string): void {
  answersByFile.set(absolutePath, markdown.trim());
}

export function answerOf(absolutePath: string): string {
  const answer = answersByFile.get(absolutePath);
  if (answer === undefined)
    throw new Error(`No answer recorded for ${absolutePath}: was it parsed by the docs plugin?`);
  return answer;
}
