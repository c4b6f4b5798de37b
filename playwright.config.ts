import os from 'node:os';
import {defineConfig} from '@playwright/test';
import {chromiumArgs, chromiumPath} from './support/chromium';

// The site is tested twice: built for the root of a host (build/), and for a
// sub-path as on GitHub Pages (build-base-url/, BASE_URL=/xmtp-faq/).
// E2E_PORT moves both servers, so several checkouts can run their tests at once.
const firstPort = Number(process.env.E2E_PORT ?? 3210);
const sites = [
  {name: 'root', port: firstPort, baseUrl: '/', buildDir: 'build'},
  {name: 'base-url', port: firstPort + 1, baseUrl: '/xmtp-faq/', buildDir: 'build-base-url'},
] as const;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One worker per core: the browser and the static servers share them.
  workers: os.availableParallelism(),
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 60_000,
  use: {
    launchOptions: {executablePath: chromiumPath(), args: chromiumArgs},
    trace: 'off',
  },
  projects: sites.map((site) => ({
    name: site.name,
    use: {baseURL: `http://127.0.0.1:${site.port}${site.baseUrl}`},
    // Under a base URL, only what the base URL can change runs again: tests
    // with @baseurl in their title (pages and assets load, links, redirects,
    // search, exports, previews). The rest would repeat the root run.
    grep: site.name === 'root' ? undefined : /@baseurl/,
  })),
  webServer: sites.map((site) => ({
    // Node with tsx's loader: no npx resolution before each server starts.
    command: 'node --import tsx scripts/serve.ts',
    url: `http://127.0.0.1:${site.port}${site.baseUrl}`,
    env: {PORT: String(site.port), BASE_URL: site.baseUrl, BUILD_DIR: site.buildDir},
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
