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
 * How a host combines the rules that match one path. Both apply every matching
 * rule in file order. Cloudflare Pages honours `! Name` (removes what earlier
 * rules set) and sends a header set twice once, values joined by ", ". Netlify
 * skips `!` lines and lets a later rule's value replace an earlier one.
 */
export type HostMerge = 'cloudflare' | 'netlify';

/**
 * The headers a request path gets on a host. serve.ts uses Cloudflare's way,
 * the stricter: a file that sends one value per header there does on Netlify
 * too (tests/unit/headers.test.ts checks both). Written here because
 * serve-handler's own `headers` option only replaces.
 */
export function headersForPath(
  rules: readonly HeaderRule[],
  pathname: string,
  merge: HostMerge = 'cloudflare',
): Record<string, string> {
  const resolved = new Map<string, {name: string; values: string[]}>();
  for (const rule of rules) {
    if (!patternRegExp(rule.pattern).test(pathname)) continue;
    if (merge === 'cloudflare') for (const name of rule.detach) resolved.delete(name.toLowerCase());
    const setHere = new Set<string>();
    for (const {key, value} of rule.headers) {
      const previous = resolved.get(key.toLowerCase());
      const keepPrevious = previous && (merge === 'cloudflare' || setHere.has(key.toLowerCase()));
      resolved.set(key.toLowerCase(), {name: key, values: [...(keepPrevious ? previous.values : []), value]});
      setHere.add(key.toLowerCase());
    }
  }
  return Object.fromEntries([...resolved.values()].map(({name, values}) => [name, values.join(', ')]));
}
