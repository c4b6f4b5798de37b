import {defineConfig} from '@playwright/test';
import {chromiumArgs, chromiumPath} from './tests/chromium';

const port = Number(process.env.PORT ?? 3210);
const baseUrl = process.env.BASE_URL ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${baseUrl}`,
    launchOptions: {executablePath: chromiumPath(), args: chromiumArgs},
    trace: 'off',
  },
  webServer: {
    command: 'npx tsx scripts/serve.ts',
    url: `http://127.0.0.1:${port}${baseUrl}`,
    env: {PORT: String(port), BASE_URL: baseUrl},
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
