/**
 * The reference for the benchmark's ratios: the stock Docusaurus classic
 * template (TypeScript variant, the same files `create-docusaurus` writes, from
 * the create-docusaurus package pinned in devDependencies at our Docusaurus
 * version) with the FAQ's question files added to its docs. It builds with the
 * repo's node_modules, so both sites use the very same Docusaurus.
 */
import fs from 'node:fs';
import path from 'node:path';
import {repoDir} from '../../support/site';
import {readQuestions} from '../../support/questionFiles';

const TEMPLATES = path.join(repoDir, 'node_modules/create-docusaurus/templates');

/** Writes the stock site to .fixture-sites/<name>; returns its folder and the URL path of each question page. */
export function createStockSite(name = 'stock'): {siteDir: string; questionPaths: string[]} {
  const siteDir = path.join(repoDir, '.fixture-sites', name);
  fs.rmSync(siteDir, {recursive: true, force: true});
  // create-docusaurus copies "shared", then the template over it.
  fs.cpSync(path.join(TEMPLATES, 'shared'), siteDir, {recursive: true});
  fs.cpSync(path.join(TEMPLATES, 'classic-typescript'), siteDir, {recursive: true});
  const faqDir = path.join(siteDir, 'docs', 'faq');
  fs.mkdirSync(faqDir, {recursive: true});
  const questions = readQuestions();
  for (const question of questions)
    fs.copyFileSync(path.join(repoDir, question.file), path.join(faqDir, `${question.slug}.md`));
  // Question files set `slug: /<slug>`, so the stock docs plugin serves them at /docs/<slug>.
  return {siteDir, questionPaths: questions.map((question) => `/docs/${question.slug}`)};
}
