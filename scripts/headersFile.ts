/** Reads the `_headers` format of Netlify and Cloudflare Pages, and works out the headers a path gets. */
import type {HeaderRule} from '../src/plugins/security/policy';

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({pattern: line.trim(), detach: [], headers: []});
      continue;
    }
    const current = rules.at(-1);
    if (!current) throw new Error(`_headers: header "${line.trim()}" comes before any path`);
    const detached = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detached) {
      current.detach.push(detached[1]!);
      continue;
    }
    const separator = line.indexOf(':');
    if (separator === -1) throw new Error(`_headers: cannot parse line "${line.trim()}"`);
    current.headers.push({key: line.slice(0, separator).trim(), value: line.slice(separator + 1).trim()});
  }
  return rules;
}

const patternRegExp = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/**
 * The headers a request path gets, as Cloudflare Pages documents it: every
 * matching rule applies in file order, `! Name` removes what earlier rules set,
 * and a header set twice is sent once with both values joined by ", ". This is
 * stricter than Netlify (where a later rule's value replaces an earlier one), so
 * a `_headers` file that sends one value per header here does so on both hosts.
 * Written here because serve-handler's own `headers` option replaces instead.
 */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const resolved = new Map<string, {name: string; values: string[]}>();
  for (const rule of rules) {
    if (!patternRegExp(rule.pattern).test(pathname)) continue;
    for (const name of rule.detach) resolved.delete(name.toLowerCase());
    for (const {key, value} of rule.headers) {
      const header = resolved.get(key.toLowerCase()) ?? {name: key, values: []};
      header.values.push(value);
      resolved.set(key.toLowerCase(), header);
    }
  }
  return Object.fromEntries([...resolved.values()].map(({name, values}) => [name, values.join(', ')]));
}
