/**
 * The site's Content-Security-Policy and other security headers. Scripts may
 * come only from the site itself or be inline scripts whose hash is listed;
 * nothing loads from another host.
 */
import crypto from 'node:crypto';

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
    // React sets style attributes; styles cannot run code, so inline ones are allowed.
    ['style-src', "'self'", "'unsafe-inline'"],
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

export function securityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes, 'header'),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'X-Frame-Options': 'DENY',
  };
}

/** The `_headers` file read by Netlify and Cloudflare Pages. */
export function headersFile(scriptHashes: readonly string[]): string {
  const lines = Object.entries(securityHeaders(scriptHashes)).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}

/** Adds the policy right after <meta charset> (or <head>), before any script it governs. */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const anchor = /<meta charset=[^>]*>/i.exec(html) ?? /<head[^>]*>/.exec(html);
  if (!anchor) throw new Error('page has no <head>');
  return html.replace(anchor[0], `${anchor[0]}${meta}`);
}
