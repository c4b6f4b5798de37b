/** Settings of a benchmark run, from the environment. */
import path from 'node:path';
import {repoDir} from '../../support/site';

export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
export const SKIP_FIXTURE = process.env.BENCH_SKIP_FIXTURE === '1';
/** The scale section builds 100, 1,000 and 3,000 generated questions: minutes. BENCH_SKIP_FIXTURE skips it too. */
export const SKIP_SCALE = SKIP_FIXTURE || process.env.BENCH_SKIP_SCALE === '1';
export const FIXTURE_QUESTIONS = 1000;
// BENCH_PORT moves the six ports, so checkouts side by side can each run it.
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 3310);
export const PORT_REAL = FIRST_PORT;
export const PORT_FIXTURE = FIRST_PORT + 1;
export const PORT_LIGHTHOUSE = FIRST_PORT + 2;
export const PORT_STOCK = FIRST_PORT + 3;
export const PORT_SOURCE_MAPS = FIRST_PORT + 4;
export const PORT_HYDRATE_OFF = FIRST_PORT + 5;
// Inter-key delay while typing search queries: a quick typist, so
// intermediate searches run (and are discarded) as they would for a person.
export const TYPING_DELAY_MS = 60;
// Generous: a page of the 1,000-question site hydrates slowly on a busy machine.
export const HYDRATION_TIMEOUT_MS = 120_000;
// Far longer than a visitor waits: past it, a query counts as timed out.
export const SEARCH_TIMEOUT_MS = 20_000;
export const DOCUSAURUS_BIN = path.join(repoDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
