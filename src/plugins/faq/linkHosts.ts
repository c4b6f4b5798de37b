/**
 * The only hosts an answer may link to. One typed list, read by validation
 * (which rejects any other host) and by nothing else.
 *
 * An entry is a host, optionally followed by a path prefix: "github.com/xmtp"
 * allows github.com/xmtp/... but not github.com/someone-else.
 */
export const allowedLinkHosts = [
  'xmtp.org',
  'docs.xmtp.org',
  'community.xmtp.org',
  'xmtplabs.com',
  'github.com/xmtp',
] as const satisfies readonly string[];

/** True when `href` is an https URL on one of the allowed hosts. */
export function isAllowedOutboundLink(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  return allowedLinkHosts.some((entry) => {
    const [host, ...pathParts] = entry.split('/');
    if (url.hostname !== host) return false;
    if (pathParts.length === 0) return true;
    const prefix = `/${pathParts.join('/')}`;
    return url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
  });
}
