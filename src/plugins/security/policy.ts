/**
 * The site's Content-Security-Policy and other security headers. Scripts may
 * come only from the site itself or be inline scripts whose hash is listed;
 * nothing loads from another host.
 */
import crypto from 'node:crypto';
import {SOCIAL_CARD_DIR} from '../faq/socialCardPaths';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const DATA_BLOCK = /\stype=["']?application\/(ld\+)?json/;

/** sha256 sources of the inline scripts of a page; JSON data blocks do not run and need none. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes = '']) => !DATA_BLOCK.test(attributes))
    .map(([, , body = '']) => `'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

export type PolicyDelivery = 'header' | 'meta';

export function contentSecurityPolicy(scriptHashes: readonly string[], delivery: PolicyDelivery): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...[...new Set(scriptHashes)].sort()],
    // No page has an inline <style> element, so an injected one is refused; React's
    // style attributes stay allowed (they cannot run code).
    ['style-src', "'self'"],
    ['style-src-attr', "'unsafe-inline'"],
    // The theme's icons are data: SVGs in its CSS.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  // Browsers ignore (and warn about) frame-ancestors in a <meta> policy.
  if (delivery === 'header') directives.push(['frame-ancestors', "'none'"]);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Headers for every path of the site. */
export function securityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes, 'header'),
    // Two years. No includeSubDomains or preload: the deployer's domain, not this build, decides those.
    'Strict-Transport-Security': 'max-age=63072000',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** One block of `_headers`: a path pattern, headers it removes from earlier rules, headers it sets. */
export type HeaderRule = {pattern: string; detach: string[]; headers: {key: string; value: string}[]};

/**
 * The rules of `_headers`. Link-preview images are embedded by other sites, so
 * they are the one path served with `Cross-Origin-Resource-Policy: cross-origin`.
 * A path matching two rules gets the headers of both, and Cloudflare Pages joins
 * a header set by both ("same-origin, cross-origin"), so the social-card rule
 * first detaches the site-wide value (`! Name`, Cloudflare's syntax; Netlify
 * skips the line and lets the later rule's value win).
 */
function headerRules(scriptHashes: readonly string[]): HeaderRule[] {
  const toList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({key, value}));
  return [
    {pattern: '/*', detach: [], headers: toList(securityHeaders(scriptHashes))},
    {
      pattern: `/${SOCIAL_CARD_DIR}/*`,
      detach: ['Cross-Origin-Resource-Policy'],
      headers: toList({'Cross-Origin-Resource-Policy': 'cross-origin'}),
    },
  ];
}

/** The `_headers` file read by Netlify and Cloudflare Pages. */
export function headersFile(scriptHashes: readonly string[]): string {
  const blocks = headerRules(scriptHashes).map(({pattern, detach, headers}) => [
    pattern,
    ...detach.map((name) => `  ! ${name}`),
    ...headers.map(({key, value}) => `  ${key}: ${value}`),
  ]);
  return [...blocks.flat(), ''].join('\n');
}

/** Adds the policy right after <meta charset> (or <head>), before any script it governs. */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const anchor = /<meta charset=[^>]*>/i.exec(html) ?? /<head[^>]*>/.exec(html);
  if (!anchor) throw new Error('page has no <head>');
  return html.replace(anchor[0], `${anchor[0]}${meta}`);
}
