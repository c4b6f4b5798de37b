/** a. Build time and memory: the real site, the stock template, and a generated 1,000-question site. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawn} from 'node:child_process';
import {createFixtureSite} from '../../support/site';
import {readQuestions} from '../../support/questionFiles';
import {writeFixtureQuestions, type GeneratedQuestion} from '../generateFixtureQuestions';
import {DOCUSAURUS_BIN, FIXTURE_QUESTIONS, RUNS, SKIP_FIXTURE} from './config';
import {track} from './processes';
import {dirSize, errorSummary, fmt, median, mib, note, progress, table} from './report';
import {createStockSite} from './stockSite';

type BuildMeasure = {ok: boolean; seconds: number; maxRssKiB: number | null; treePeakKiB: number; output: string};

/** RSS (KiB) of a process and all its descendants, read from /proc. */
function treeRssKiB(rootPid: number): number {
  let total = 0;
  const stack = [rootPid];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const pid = stack.pop();
    if (pid === undefined || seen.has(pid)) continue;
    seen.add(pid);
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        const kids = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between listing and reading
    }
  }
  return total;
}

const TIME_BIN = '/usr/bin/time';

/**
 * One clean `docusaurus build` of siteDir (a fresh fixture copy, so no
 * .docusaurus/ or node_modules/.cache from a previous build). Peak memory
 * comes from /usr/bin/time -v when present (largest single process), and is
 * also sampled from /proc as the sum over the process tree.
 */
export function measureBuild(
  siteDir: string,
  extraArgs: readonly string[] = [],
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<BuildMeasure> {
  const useTime = fs.existsSync(TIME_BIN);
  const timeReport = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const command = useTime ? TIME_BIN : process.execPath;
  const buildArgs = [DOCUSAURUS_BIN, 'build', siteDir, ...extraArgs];
  const args = useTime ? ['-v', '-o', timeReport, process.execPath, ...buildArgs] : buildArgs;
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = track(
      spawn(command, args, {
        cwd: siteDir,
        env: {...process.env, BASE_URL: '/', ...extraEnv},
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let treePeakKiB = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) treePeakKiB = Math.max(treePeakKiB, treeRssKiB(child.pid));
    }, 200);
    child.on('close', (status) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let maxRssKiB: number | null = null;
      if (useTime && fs.existsSync(timeReport)) {
        const report = fs.readFileSync(timeReport, 'utf8');
        const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
        if (match?.[1]) maxRssKiB = Number(match[1]);
        fs.rmSync(timeReport, {force: true});
      }
      resolve({ok: status === 0, seconds, maxRssKiB, treePeakKiB, output});
    });
  });
}

export type SiteUnderTest = {name: string; label: string; siteDir: string; buildDir: string; built: boolean};

export async function benchBuilds(): Promise<{
  real: SiteUnderTest;
  stock: SiteUnderTest;
  stockQuestionPaths: string[];
  fixture: SiteUnderTest | null;
  generated: GeneratedQuestion[];
}> {
  console.log('\n== a. Build: clean production build (docusaurus build in a fresh fixture copy) ==');
  const real: SiteUnderTest = {name: 'bench-real', label: 'real site', siteDir: '', buildDir: '', built: false};
  const stock: SiteUnderTest = {name: 'stock', label: 'stock template', siteDir: '', buildDir: '', built: false};
  let stockQuestionPaths: string[] = [];
  const rows: string[][] = [];
  const runsOf = new Map<SiteUnderTest, BuildMeasure[]>([
    [real, []],
    [stock, []],
  ]);
  for (let run = 1; run <= RUNS; run += 1) {
    // Alternating the two sites spreads the machine's noise over both. A new
    // copy per run: a clean build, with no cache from the run before.
    for (const site of [real, stock]) {
      if (site === real) site.siteDir = createFixtureSite(site.name);
      else ({siteDir: site.siteDir, questionPaths: stockQuestionPaths} = createStockSite(site.name));
      site.buildDir = path.join(site.siteDir, 'build');
      progress(`${site.label} build ${run}/${RUNS}`);
      const measure = await measureBuild(site.siteDir);
      runsOf.get(site)?.push(measure);
      if (!measure.ok) note(`${site.label} build ${run} FAILED:\n${errorSummary(measure.output)}`);
      site.built = measure.ok;
    }
  }
  const questionCount = readQuestions(path.join(real.siteDir, 'docs')).length;
  const medianSeconds = new Map<SiteUnderTest, number>();
  for (const site of [real, stock]) {
    const okRuns = (runsOf.get(site) ?? []).filter((measure) => measure.ok);
    if (okRuns.length === 0) continue;
    const rssValues = okRuns.map((m) => m.maxRssKiB).filter((v): v is number => v !== null);
    medianSeconds.set(site, median(okRuns.map((m) => m.seconds)));
    rows.push([
      site === real
        ? `real site (${questionCount} questions)`
        : `stock classic template + the ${questionCount} questions`,
      `${okRuns.length}/${RUNS}`,
      fmt(median(okRuns.map((m) => m.seconds))),
      okRuns.map((m) => fmt(m.seconds)).join(' / '),
      rssValues.length > 0 ? mib(median(rssValues)) : 'n/a',
      mib(median(okRuns.map((m) => m.treePeakKiB))),
    ]);
  }

  let fixture: SiteUnderTest | null = null;
  let generated: GeneratedQuestion[] = [];
  if (SKIP_FIXTURE) {
    note(`${FIXTURE_QUESTIONS}-question fixture: skipped (BENCH_SKIP_FIXTURE=1)`);
  } else {
    const siteDir = createFixtureSite('bench-1000');
    generated = writeFixtureQuestions(siteDir, FIXTURE_QUESTIONS);
    progress(`${FIXTURE_QUESTIONS}-question fixture build (may take minutes)`);
    const measure = await measureBuild(siteDir);
    fixture = {
      name: 'bench-1000',
      label: `${FIXTURE_QUESTIONS}-question fixture`,
      siteDir,
      buildDir: path.join(siteDir, 'build'),
      built: measure.ok,
    };
    if (measure.ok) {
      rows.push([
        `fixture (${questionCount} + ${FIXTURE_QUESTIONS} generated)`,
        '1/1',
        fmt(measure.seconds),
        fmt(measure.seconds),
        measure.maxRssKiB === null ? 'n/a' : mib(measure.maxRssKiB),
        mib(measure.treePeakKiB),
      ]);
    } else {
      note(
        `${FIXTURE_QUESTIONS}-question fixture build FAILED after ${fmt(measure.seconds)} s:\n${errorSummary(measure.output)}`,
      );
    }
  }

  table(
    'Build time and peak memory',
    ['site', 'ok runs', 'median s', 'each run s', 'peak RSS MiB (time -v)', 'peak RSS MiB (tree, sampled)'],
    rows,
  );
  note(
    `"time -v" is the largest single process (${fs.existsSync(TIME_BIN) ? TIME_BIN : 'not installed'}); "tree" sums RSS over the process tree every 200 ms.`,
  );
  const ratio = (medianSeconds.get(real) ?? Number.NaN) / (medianSeconds.get(stock) ?? Number.NaN);
  note(`Build time, real site / stock template (medians, same run): ${fmt(ratio, 2)} (target: at most 1.5).`);
  note(
    'Stock template: create-docusaurus 3.10.2 classic-typescript (its docs, blog and pages) plus the question files, built with the same node_modules.',
  );

  const outputs = [real, stock, fixture].filter((site): site is SiteUnderTest => site !== null && site.built);
  if (outputs.length > 0) {
    table(
      'Build output',
      ['site', 'files', 'HTML pages', 'total MiB'],
      outputs.map((site) => {
        const size = dirSize(site.buildDir);
        return [site.label, String(size.files), String(size.html), fmt(size.bytes / 1024 / 1024, 2)];
      }),
    );
  }
  return {real, stock, stockQuestionPaths, fixture, generated};
}
