/**
 * Writes generated, valid question files into a fixture site's docs/, so
 * benchmarks and tests can see how the site behaves with many questions.
 * Output is deterministic for a given count (seeded PRNG), so two benchmark
 * runs build the same content.
 *
 * Usage: tsx scripts/generateFixtureQuestions.ts <siteDir> <count>
 */
import fs from 'node:fs';
import path from 'node:path';
import {repoDir} from '../support/site';
import {readCategories, readQuestions, type QuestionFile} from '../support/questionFiles';

/** A generated question: the fields a question file has, without its answer. */
export type GeneratedQuestion = Omit<QuestionFile, 'body' | 'links'>;

/** Question openings by category folder, each completed by a subject and an optional qualifier. */
const QUESTION_TEMPLATES: Partial<Record<string, readonly string[]>> = {
  network: [
    'How does the XMTP network handle {s}',
    'Is {s} available on the XMTP network',
    'Who operates {s} on the XMTP network',
    'What happens to {s} during a network outage',
    'Can the XMTP network guarantee {s}',
    'Where is {s} stored in the XMTP network',
    'How fast is {s} on the XMTP network',
  ],
  blockchain: [
    'Does XMTP record {s} on a blockchain',
    'Which chain settles {s} for XMTP',
    'Is {s} written to the XMTP appchain',
    'How does the XMTP appchain order {s}',
    'Do I need gas to pay for {s}',
    'Can a smart contract read {s} from XMTP',
  ],
  'node-operators': [
    'Can a node operator see {s}',
    'How does a node operator replicate {s}',
    'What hardware does a node need for {s}',
    'How are node operators paid for {s}',
    'Can a node operator refuse {s}',
    'How is a node operator chosen to serve {s}',
  ],
  token: [
    'Will a token be used to pay for {s}',
    'Is there a fee for {s} on XMTP',
    'Does staking affect {s}',
    'Will holders vote on {s}',
    'Is {s} paid in stablecoins',
    'Could an airdrop reward {s}',
  ],
};

const SUBJECTS = [
  'group chat messages',
  'direct messages',
  'welcome messages',
  'key packages',
  'inbox IDs',
  'installation keys',
  'identity updates',
  'consent preferences',
  'push notifications',
  'message history sync',
  'spam reports',
  'attachments',
  'read receipts',
  'reactions',
  'replies',
  'wallet signatures',
  'smart contract wallets',
  'passkey identities',
  'message retention',
  'envelope metadata',
  'payer reports',
  'originator sequence IDs',
  'cursor pagination',
  'rate limits',
  'blocked countries',
  'geofencing rules',
  'MLS commits',
  'epoch changes',
  'forward secrecy',
  'post-compromise security',
  'large group membership',
  'bot conversations',
  'agent messages',
  'mobile clients',
  'browser clients',
  'React Native apps',
  'Android background sync',
  'iOS notification extensions',
  'database encryption keys',
  'payload size limits',
  'topic subscriptions',
  'network fees',
  'storage fees',
  'congestion pricing',
  'gateway services',
  'node registry entries',
  'XIP proposals',
  'testnet traffic',
  'dev environment data',
  'production environment data',
];

const QUALIFIERS = [
  '',
  '',
  '',
  ' today',
  ' after mainnet',
  ' during the testnet',
  ' for new apps',
  ' for large groups',
  ' in 2025',
  ' across regions',
  ' for enterprise apps',
  ' without a wallet',
  ' on mobile',
  ' in the browser',
  ' for developers',
  ' under heavy load',
  ' after a key rotation',
  ' with the V3 SDKs',
];

const KEYWORD_POOL = [
  'latency',
  'throughput',
  'uptime',
  'replication',
  'sharding',
  'encryption',
  'privacy',
  'metadata',
  'gas',
  'rollup',
  'L2',
  'L3',
  'sequencer',
  'validator',
  'operator',
  'payer',
  'gateway',
  'USDC',
  'stablecoin',
  'governance',
  'vote',
  'airdrop',
  'staking',
  'fees',
  'pricing',
  'quota',
  'limits',
  'sanctions',
  'OFAC',
  'region',
  'mainnet',
  'testnet',
  'SDK',
  'libxmtp',
  'MLS',
  'consent',
  'spam',
  'inbox',
  'wallet',
  'passkey',
  'sync',
  'history',
  'notifications',
  'retention',
  'outage',
  'downtime',
  'self-host',
  'hardware',
  'bandwidth',
];

const OPENING_SENTENCES = [
  'Short answer: {subject} work the same way for every app that uses the XMTP SDKs.',
  'This depends on the environment: the dev and production networks behave differently from the testnet.',
  'XMTP Labs currently operates the nodes that handle {subject}, and that will change as the network decentralizes.',
  'The answer changed with the move to MLS, which is what the current SDKs use for {subject}.',
  'Not yet, and the plan for {subject} is described in the relevant XIP.',
  'Yes, within limits that protect the network from abuse.',
];

const BODY_SENTENCES = [
  'Each node stores {subject} as encrypted envelopes and cannot read their content.',
  'Clients fetch {subject} with a cursor, so a slow connection resumes where it stopped.',
  'Node operators replicate envelopes to each other, so one unavailable node does not lose {subject}.',
  'Fees for {subject} are paid by payers, usually the app developer, and not by the people sending messages.',
  'The appchain orders group membership changes, while ordinary messages stay off-chain.',
  'Messages are end-to-end encrypted with MLS, which gives forward secrecy and post-compromise security.',
  'Rate limits apply per inbox and per installation, and apps see an error they can retry after a delay.',
  'The testnet runs the decentralized node software, while dev and production still run xmtp-node-go.',
  'Wallet signatures prove who controls an inbox; they do not move funds or require gas.',
  'An inbox can have many installations, one per app and device, each with its own keys.',
  'Consent preferences travel with the inbox, so a blocked contact stays blocked in every app.',
  'Push notifications reveal only that something arrived on a topic, never the message itself.',
  'Message retention is bounded, and clients keep their own history in an encrypted local database.',
  'Node operators are selected through the process described in XIP-54, with qualification criteria published in advance.',
  'Nothing in this answer is a promise about a future token; official news appears only on XMTP channels.',
  'Latency is usually a few hundred milliseconds, and most of it is the client reaching the nearest node.',
  'Large groups work, but every membership change is a commit that every member must process.',
  'Apps built with older SDK versions must upgrade before they can read {subject} from the current network.',
  'IP-based geoblocking applies to the dev and production environments for sanctioned regions.',
  'The protocol is open source, so anyone can read how {subject} are handled before trusting it.',
  'Developers can test {subject} against the dev environment without affecting production users.',
  'Operators earn fees for the messages they serve, and they are measured on uptime and correctness.',
];

const LINKS = [
  {text: 'the XMTP documentation', href: 'https://docs.xmtp.org/'},
  {text: 'the community forum', href: 'https://community.xmtp.org/'},
  {text: 'XMTP Labs', href: 'https://xmtplabs.com/'},
  {text: 'the XIPs repository', href: 'https://github.com/xmtp/XIPs'},
  {text: 'xmtp-node-go', href: 'https://github.com/xmtp/xmtp-node-go'},
  {text: 'the XMTP website', href: 'https://xmtp.org/'},
];

/** mulberry32: small, fast and deterministic; quality is irrelevant here. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function pickDistinct<T>(random: () => number, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}

function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fill(template: string, subject: string): string {
  return template.replaceAll('{subject}', subject);
}

function paragraph(random: () => number, subject: string): string {
  const sentences = pickDistinct(random, BODY_SENTENCES, 2 + Math.floor(random() * 3));
  return sentences.map((sentence) => fill(sentence, subject)).join(' ');
}

export function writeFixtureQuestions(siteDir: string, count: number, seed = 20241201): GeneratedQuestion[] {
  const root = path.resolve(siteDir);
  // Generated content must never land in the real site.
  if (root === repoDir)
    throw new Error('writeFixtureQuestions: refusing to write into the real site; use createFixtureSite() first');
  const docsDir = path.join(root, 'docs');
  const categoryDirs = readCategories(docsDir).map((category) => category.dir);
  if (categoryDirs.length === 0) throw new Error(`writeFixtureQuestions: ${docsDir} has no category folder`);
  const allTemplates = Object.values(QUESTION_TEMPLATES).flatMap((templates) => templates ?? []);

  const random = createRandom(seed);
  // The real questions' titles, so generated ones never duplicate them.
  const titles = new Set(readQuestions(docsDir).map((question) => question.title.toLowerCase()));
  const slugs = new Set<string>();
  const written: GeneratedQuestion[] = [];

  for (let index = 0; index < count; index += 1) {
    const categoryDir = categoryDirs[index % categoryDirs.length] ?? '';
    const subject = pick(random, SUBJECTS);

    // Template x subject x qualifier gives ~20k combinations; past a few
    // collisions, a numbered qualifier keeps large counts unique.
    let title = '';
    for (let attempt = 0; attempt < 50 && (title === '' || titles.has(title.toLowerCase())); attempt += 1) {
      title = `${pick(random, QUESTION_TEMPLATES[categoryDir] ?? allTemplates).replace('{s}', subject)}${pick(random, QUALIFIERS)}?`;
    }
    if (titles.has(title.toLowerCase())) title = `${title.slice(0, -1)} in release ${index + 1}?`;
    titles.add(title.toLowerCase());

    let slug = kebab(title);
    for (let n = 2; slugs.has(slug); n += 1) slug = `${kebab(title)}-${n}`;
    slugs.add(slug);

    const opening = fill(pick(random, OPENING_SENTENCES), subject);
    const description = opening.length <= 160 ? opening : `${opening.slice(0, 156).replace(/\s+\S*$/, '')}…`;
    const keywords = pickDistinct(random, KEYWORD_POOL, 2 + Math.floor(random() * 4));

    const paragraphs = [capitalize(opening)];
    const extra = 1 + Math.floor(random() * 3);
    for (let p = 0; p < extra; p += 1) paragraphs.push(paragraph(random, subject));
    // About a third of the answers link out, always to an allowed host.
    if (random() < 0.35) {
      const link = pick(random, LINKS);
      const last = paragraphs.length - 1;
      paragraphs[last] = `${paragraphs[last] ?? ''} See [${link.text}](${link.href}) for details.`;
    }

    const frontMatter = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `slug: /${slug}`,
      `description: ${JSON.stringify(description)}`,
      'keywords:',
      ...keywords.map((keyword) => `  - ${JSON.stringify(keyword)}`),
      `sidebar_position: ${100 + index}`,
      '---',
    ].join('\n');

    const fileName = `generated-${String(index + 1).padStart(4, '0')}.md`;
    const file = path.join(docsDir, categoryDir, fileName);
    fs.writeFileSync(file, `${frontMatter}\n\n${paragraphs.join('\n\n')}\n`);
    written.push({file, categoryDir, title, slug, description, keywords});
  }
  return written;
}

if (require.main === module) {
  const [siteDir, countText] = process.argv.slice(2);
  const count = Number(countText);
  if (!siteDir || !Number.isInteger(count) || count < 1) {
    console.error('Usage: tsx scripts/generateFixtureQuestions.ts <siteDir> <count>');
    process.exit(2);
  }
  const written = writeFixtureQuestions(siteDir, count);
  console.log(`Wrote ${written.length} question files into ${path.join(path.resolve(siteDir), 'docs')}`);
}
