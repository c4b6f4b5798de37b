/** Parses the `_headers` format read by Netlify and Cloudflare Pages. */
export type HeaderRule = {pattern: string; headers: {key: string; value: string}[]};

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({pattern: line.trim(), headers: []});
      continue;
    }
    const current = rules.at(-1);
    const separator = line.indexOf(':');
    if (!current || separator === -1) throw new Error(`_headers: cannot parse line "${line.trim()}"`);
    current.headers.push({key: line.slice(0, separator).trim(), value: line.slice(separator + 1).trim()});
  }
  return rules;
}
