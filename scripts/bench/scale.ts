/**
 * f. Scale: the site built clean with 100, 1,000 and 3,000 generated
 * questions beside the real ones (scripts/generateFixtureQuestions.ts,
 * deterministic), and with the real ones alone, in one table: build seconds
 * as Docusaurus's perf logger splits them, peak memory, output, a question
 * page's HTML, first visits, and the app's JavaScript on the first
 * interaction, with the growth from one size to the next, so linear or not
 * can be read off. Printed, never asserted. One build per size: the 3,000
 * one takes minutes.
 *
 * Run alone: `tsx scripts/bench/scale.ts` (BENCH_SCALE_SIZES=100,1000 picks the sizes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromium, type Browser} from '@playwright/test';
import {chromiumArgs, chromiumPath} from '../../support/chromium';
import {appScriptBytes, appScripts} from '../../support/appScripts';
import {brotliSize} from '../../support/browser';
import {readCategories, readQuestions} from '../../support/questionFiles';
import {createFixtureSite} from '../../support/site';
import {writeFixtureQuestions} from '../generateFixtureQuestions';
import {measureBuild} from './builds';
import {PORT_FIXTURE} from './config';
import {exitHooks, stopChildren, takeLock} from './processes';
import {loadPage, totalOf} from './pageWeight';
import {dirSize, errorSummary, fmt, kib, note, progress, table} from './report';
import {startServer} from './server';

/** Generated questions per build; 0 is the real site alone, the baseline of the ratios. */
const SIZES = [0, ...(process.env.BENCH_SCALE_SIZES ?? '100,1000,3000').split(',').map(Number)].filter(
  (size, index, all) => Number.isInteger(size) && size >= 0 && all.indexOf(size) === index,
);

/** The phases Docusaurus's perf logger times (DOCUSAURUS_PERF_LOGGER=true), as its lines name them. */
const PHASES = {
  load: /^Load site$/,
  bundle: /^Bundling with \w+$/,
  'render pages': /^SSG$/,
  postBuild: /^postBuild\(\)$/,
} as const;
type Phase = keyof typeof PHASES;

/** Seconds of each phase, from lines like `[PERF] Build > en > SSG - 2.90 seconds! - (Heap …)`. */
function phaseSeconds(output: string): Record<Phase, number> {
  const seconds = Object.fromEntries(Object.keys(PHASES).map((phase) => [phase, Number.NaN])) as Record<Phase, number>;
  for (const [, name = '', value = '', unit] of output.matchAll(
    /^\[PERF\] Build > [^>]+ > ([^>]+?) - ([\d.]+) (seconds|ms)/gm,
  )) {
    const phase = (Object.keys(PHASES) as Phase[]).find((key) => PHASES[key].test(name));
    if (phase) seconds[phase] = Number(value) / (unit === 'ms' ? 1000 : 1);
  }
  return seconds;
}

/** Pages of each type, by the path a first visit loads. */
function pageTypes(questionSlug: string, categorySlug: string): Record<string, string> {
  return {
    home: '/',
    'all questions': '/faq',
    category: `/faq/${categorySlug}`,
    question: `/faq/${questionSlug}`,
    'not found': '/no-such-page',
    search: '/search',
  };
}

type Measure = {
  questions: number;
  seconds: Record<Phase | 'total', number>;
  /** The build process's own peak (time -v), and its process tree's with the social cards' workers (sampled). */
  peakRssKiB: {process: number | null; tree: number};
  outputBytes: number;
  questionHtml: number;
  firstVisit: Record<string, number>;
  app: number;
};

async function measureSize(browser: Browser, generated: number): Promise<Measure | null> {
  const label = generated === 0 ? 'the real site' : `${generated} generated questions`;
  const siteDir = createFixtureSite(`bench-scale-${generated}`);
  try {
    if (generated > 0) writeFixtureQuestions(siteDir, generated);
    const docsDir = path.join(siteDir, 'docs');
    const questions = readQuestions(docsDir).length;
    progress(`scale: clean build with ${label} (${questions} questions)${generated >= 1000 ? ', takes minutes' : ''}`);
    const build = await measureBuild(siteDir, [], {DOCUSAURUS_PERF_LOGGER: 'true'});
    if (!build.ok) {
      note(`scale: the build with ${label} FAILED after ${fmt(build.seconds)} s:\n${errorSummary(build.output)}`);
      return null;
    }
    const buildDir = path.join(siteDir, 'build');
    // The same real question at every size: its page's own content never changes.
    const questionSlug = readQuestions(docsDir).find((question) => !question.file.includes('generated-'))?.slug ?? '';
    const categorySlug = readCategories(docsDir)[0]?.slug ?? 'network';
    const questionHtml = fs.readFileSync(path.join(buildDir, 'faq', `${questionSlug}.html`), 'utf8');
    const server = await startServer(buildDir, PORT_FIXTURE);
    const firstVisit: Record<string, number> = {};
    try {
      for (const [type, pathname] of Object.entries(pageTypes(questionSlug, categorySlug))) {
        await server.ensure();
        firstVisit[type] = totalOf((await loadPage(browser, server.origin + pathname)).weight);
      }
    } finally {
      server.stop();
    }
    return {
      questions,
      seconds: {...phaseSeconds(build.output), total: build.seconds},
      peakRssKiB: {process: build.maxRssKiB, tree: build.treePeakKiB},
      outputBytes: dirSize(buildDir).bytes,
      questionHtml: brotliSize(Buffer.from(questionHtml)),
      firstVisit,
      app: appScriptBytes(appScripts(buildDir, '/', questionHtml)),
    };
  } finally {
    // A big build's output is hundreds of MB; only its figures are kept.
    fs.rmSync(siteDir, {recursive: true, force: true});
  }
}

export async function benchScale(browser: Browser): Promise<void> {
  console.log(
    `\n== f. Scale: clean builds with ${SIZES.filter((size) => size > 0).join(', ')} generated questions beside the real ones ==`,
  );
  const measures: Measure[] = [];
  for (const size of SIZES) {
    const measure = await measureSize(browser, size);
    if (measure) measures.push(measure);
  }
  if (measures.length === 0) return;
  const rows: [string, (measure: Measure) => number, (value: number) => string][] = [
    ['build, total s', (m) => m.seconds.total, (v) => fmt(v)],
    ...(Object.keys(PHASES) as Phase[]).map(
      (phase): [string, (measure: Measure) => number, (value: number) => string] => [
        `  ${phase} s`,
        (m) => m.seconds[phase],
        (v) => fmt(v),
      ],
    ),
    ['peak RSS MiB, build process', (m) => m.peakRssKiB.process ?? Number.NaN, (v) => fmt(v / 1024, 0)],
    ['peak RSS MiB, with workers', (m) => m.peakRssKiB.tree, (v) => fmt(v / 1024, 0)],
    ['output MiB', (m) => m.outputBytes, (v) => fmt(v / 2 ** 20, 1)],
    ['question page HTML KiB br', (m) => m.questionHtml, kib],
    ...Object.keys(measures[0]?.firstVisit ?? {}).map(
      (type): [string, (measure: Measure) => number, (value: number) => string] => [
        `first visit KiB: ${type}`,
        (m) => m.firstVisit[type] ?? Number.NaN,
        kib,
      ],
    ),
    ['app JS, first interaction KiB br', (m) => m.app, kib],
  ];
  const growth = measures.slice(1).map((measure, index) => [measures[index]!, measure] as const);
  table(
    'Scale: one clean build per size (questions in the build), and the growth from one size to the next',
    [
      'measure',
      ...measures.map((m) => m.questions.toLocaleString('en-US')),
      ...growth.map(
        ([from, to]) => `x ${to.questions.toLocaleString('en-US')}/${from.questions.toLocaleString('en-US')}`,
      ),
    ],
    rows.map(([label, value, format]) => [
      label,
      ...measures.map((m) => format(value(m))),
      ...growth.map(([from, to]) => fmt(value(to) / value(from), 2)),
    ]),
  );
  note('Seconds: wall clock of `docusaurus build`; its phases as DOCUSAURUS_PERF_LOGGER=true reports them.');
  note('The question page is the same real question at every size. First visits: cold cache, until network idle,');
  note('brotli q11. App JS: the scripts the page loads on the first interaction (its hydrate-on-intent loader lists');
  note("them). Peak RSS: the build process alone (time -v), and with the social cards' worker processes (the");
  note('process tree, sampled every 200 ms): the memory the machine needs, which the target is read from.');
  note(
    'Targets at 1,000: build <= 60 s, postBuild <= 10 s, peak <= 2 GiB, output <= 80 MB, question HTML <= 1.5x and app JS <= 1.2x',
  );
  note('the real site, first visit <= 30 KiB; from 1,000 to 3,000, build time and output at most x 3.3.');
  note(
    `Load average at the end: ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')} (other work makes times noisier).`,
  );
}

if (require.main === module) {
  void (async () => {
    if (!takeLock()) {
      process.exitCode = 1;
      return;
    }
    const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
    exitHooks.push(() => void browser.close());
    try {
      await benchScale(browser);
    } finally {
      await browser.close();
    }
  })().catch((error: unknown) => {
    console.error(error);
    stopChildren();
    process.exit(1);
  });
}
