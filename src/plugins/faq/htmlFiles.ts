import fs from 'node:fs/promises';
import path from 'node:path';

/** The HTML file Docusaurus writes for a route (trailingSlash: false). */
export function htmlFileOf(outDir: string, baseUrl: string, routePath: string): string {
  const relative = routePath.startsWith(baseUrl) ? routePath.slice(baseUrl.length) : routePath.replace(/^\//, '');
  return relative === '' ? path.join(outDir, 'index.html') : path.join(outDir, `${relative}.html`);
}

/** Adds markup at the end of <head> of a built page. */
export async function appendToHead(file: string, markup: string): Promise<void> {
  const html = await fs.readFile(file, 'utf8');
  if (!html.includes('</head>')) throw new Error(`${file}: no </head> to add to`);
  await fs.writeFile(file, html.replace('</head>', `${markup}</head>`));
}
