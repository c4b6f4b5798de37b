/** Settings of a benchmark run, from the environment. Ports 3310-3320 only. */
import path from 'node:path';
import {repoDir} from '../../support/site';

export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
export const SKIP_FIXTURE = process.env.BENCH_SKIP_FIXTURE === '1';
export const FIXTURE_QUESTIONS = 1000;
export const PORT_REAL = 3310;
export const PORT_FIXTURE = 3311;
export const PORT_LIGHTHOUSE = 3312;
export const PORT_STOCK = 3313;
export const PORT_SOURCE_MAPS = 3314;
// Inter-key delay while typing search queries: a quick typist, so
// intermediate searches run (and are discarded) as they would for a person.
export const TYPING_DELAY_MS = 60;
// Generous: a page of the 1,000-question site hydrates slowly on a busy machine.
export const HYDRATION_TIMEOUT_MS = 120_000;
// Far longer than a visitor waits: past it, a query counts as timed out.
export const SEARCH_TIMEOUT_MS = 20_000;
export const DOCUSAURUS_BIN = path.join(repoDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
