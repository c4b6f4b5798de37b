/**
 * The security headers as served (build/_headers, resolved the way Cloudflare
 * Pages resolves overlapping rules) and what they do in a browser: the CSP
 * refuses an injected <style>, and only link-preview images load on other sites.
 */
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {test, expect} from './fixtures';
import {SITE_CARD} from '../../src/plugins/faq/socialCardPaths';

// Headers about the body and its transfer, not the policy.
const TRANSPORT = new Set([
  'accept-ranges',
  'cache-control',
  'connection',
  'content-disposition',
  'content-encoding',
  'content-length',
  'content-type',
  'date',
  'etag',
  'keep-alive',
  'last-modified',
  'transfer-encoding',
  'vary',
]);

const CSP =
  /^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'$/;

const intendedHeaders = (resourcePolicy: 'same-origin' | 'cross-origin') => ({
  'content-security-policy': expect.stringMatching(CSP),
  'strict-transport-security': 'max-age=63072000',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': resourcePolicy,
});

const socialCard = SITE_CARD.slice(1);

// Headers and the CSP act on the page as served; no test here needs the app.
test.use({hydrate: false});

test('@baseurl a page, an asset, the 404 page and a social card are served with exactly the intended headers', async ({
  request,
}) => {
  const home = await request.get('./');
  const asset = /assets\/js\/main\.[0-9a-f]+\.js/.exec(await home.text())?.[0];
  expect(asset, 'the home page loads its main script').toBeTruthy();
  const cases = [
    {path: './', status: 200, resourcePolicy: 'same-origin'},
    {path: 'faq', status: 200, resourcePolicy: 'same-origin'},
    {path: asset!, status: 200, resourcePolicy: 'same-origin'},
    {path: 'no-such-page', status: 404, resourcePolicy: 'same-origin'},
    {path: socialCard, status: 200, resourcePolicy: 'cross-origin'},
  ] as const;
  for (const {path, status, resourcePolicy} of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    const lines = response.headersArray().filter(({name}) => !TRANSPORT.has(name.toLowerCase()));
    // One line per header: a host merging two rules would send a second value.
    const names = lines.map(({name}) => name.toLowerCase());
    expect(names.length, `${path}: ${names.join(', ')}`).toBe(new Set(names).size);
    const served = Object.fromEntries(lines.map(({name, value}) => [name.toLowerCase(), value]));
    expect(served, path).toEqual(intendedHeaders(resourcePolicy));
  }
});

test('the CSP refuses an injected <style> element and keeps style attributes', async ({page, allowConsoleError}) => {
  // Refused on purpose: the console's report and the guards' own (fixtures.ts).
  allowConsoleError(/Applying inline style violates|CSP violation on .*: style-src-elem inline$/);
  await page.goto('./');
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid red; }';
    document.head.append(style);
    const probe = document.createElement('div');
    probe.setAttribute('style', 'outline: 3px solid red');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      // Once per policy: the header and the <meta> both refuse it.
      violations: [...new Set(violations)],
      injectedApplied: getComputedStyle(document.body).outlineWidth === '7px',
      attributeApplied: getComputedStyle(probe).outlineWidth === '3px',
    };
  });
  expect(outcome).toEqual({violations: ['style-src-elem'], injectedApplied: false, attributeApplied: true});
});

test('@baseurl another site can embed a social card in an <img>, but not the site’s other images', async ({
  browser,
  baseURL,
}, testInfo) => {
  const card = new URL(socialCard, baseURL).href;
  const logo = new URL('img/logo.svg', baseURL).href;
  // The other site: a second local server, on its own port (E2E_PORT + 2 or + 3), so another origin.
  const embedder = http.createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end(`<!doctype html><title>embedder</title><img id="card" src="${card}"><img id="logo" src="${logo}">`);
  });
  const port = Number(process.env.E2E_PORT ?? 3210) + (testInfo.project.name === 'root' ? 2 : 3);
  await new Promise<void>((resolve) => embedder.listen(port, '127.0.0.1', resolve));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(embedder.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    const widths = await page.evaluate(() =>
      Object.fromEntries([...document.images].map((image) => [image.id, image.naturalWidth])),
    );
    expect(widths.card, 'social card loaded cross-origin').toBe(1200);
    expect(widths.logo, 'the logo is same-origin only').toBe(0);
  } finally {
    await context.close();
    await new Promise((resolve) => embedder.close(resolve));
  }
});
