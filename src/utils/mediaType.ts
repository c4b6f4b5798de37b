/**
 * Whether a response is a success of one of the given media types. Static
 * hosts and development servers often answer a missing file with an HTML page
 * and status 200 (a single-page-app fallback), captive portals with their own
 * page: reading such a body as Markdown or JSON would copy a web page or fail
 * with a parse error, so callers check the type first.
 */
export function isResponseOf(response: Pick<Response, 'ok' | 'headers'>, mediaTypes: readonly string[]): boolean {
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return response.ok && mediaTypes.includes(mediaType);
}
