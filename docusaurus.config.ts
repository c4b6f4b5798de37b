import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import {themes as prismThemes} from 'prism-react-renderer';
import searchPlugin from './src/plugins/search';
import redirectsThenSecurityPolicyPlugin from './src/plugins/security';
import performancePlugin from './src/plugins/performance';
import {hydrateOnIntent} from './src/plugins/performance/hydrateOnIntent';
import faqPlugin, {type FaqPluginOptions} from './src/plugins/faq';
import pageScopedDocsPlugin from './src/plugins/docs';
import {LIST_LIMITS} from './src/plugins/faq/listLimits';
import {createParseFrontMatter} from './src/plugins/faq/parseFrontMatter';
import {siteLinks} from './src/siteLinks';
import type {Options as ClientRedirectsOptions} from '@docusaurus/plugin-client-redirects';
import type {Options as SitemapOptions} from '@docusaurus/plugin-sitemap';
import {redirects} from './src/urls/redirects';
import {SITE_CARD} from './src/plugins/faq/socialCardPaths';
import {createLastUpdateVcs} from './src/plugins/faq/gitHistory';

// Deployments set these (e.g. GitHub Pages: SITE_URL=https://<org>.github.io BASE_URL=/<repo>/).
const siteUrl = process.env.SITE_URL ?? 'https://faq.xmtp.org';
const baseUrl = process.env.BASE_URL ?? '/';
// The repository holding this site (e.g. https://github.com/<owner>/<repo>): each
// question page then links to its file there. Without it, no edit link.
const repoUrl = process.env.REPO_URL?.replace(/\/+$/, '');

const siteTitle = 'XMTP Network FAQ';
const siteTagline = 'Answers to common questions about the XMTP messaging network.';

const docsOptions = {
  path: 'docs',
  // Question pages live at /faq/<slug>; the slug comes from front matter, so
  // moving a file to another category folder never changes its URL.
  routeBasePath: 'faq',
  sidebarPath: './sidebars.ts',
  breadcrumbs: true,
  // "Last updated on <date>": the file's last commit, or its `last_update` front matter.
  showLastUpdateTime: true,
  // The deploy workflow builds the default branch, main.
  ...(repoUrl ? {editUrl: `${repoUrl}/edit/main/`} : {}),
} satisfies DocsOptions;

const clientRedirectsOptions = {
  redirects: redirects.map(({from, to}) => ({from, to})),
} satisfies ClientRedirectsOptions;

const sitemapOptions = {
  ignorePatterns: [`${baseUrl}search`],
  // The same last-commit date as the page shows.
  lastmod: 'date',
} satisfies SitemapOptions;

// Pages ship without their entry scripts and load them on the reader's first
// sign of intent (src/plugins/performance/hydrateOnIntent). A build step, so
// `npm start` is unaffected; HYDRATE_ON_INTENT=off builds the pages with the
// usual entry scripts, for comparison in the benchmark.
const performanceOptions = {
  hydrateOnIntent: process.env.HYDRATE_ON_INTENT !== 'off',
} satisfies {hydrateOnIntent: boolean};

const faqOptions = {
  allQuestionsPath: 'faq',
  docsDir: docsOptions.path,
} satisfies FaqPluginOptions;

const themeConfig = {
  colorMode: {respectPrefersColorScheme: true},
  // Link preview image of every page that has no card of its own.
  image: SITE_CARD,
  // Every page's preview defaults; a question's page overrides them (src/theme/MDXContent).
  metadata: [
    {property: 'og:type', content: 'website'},
    {property: 'og:site_name', content: siteTitle},
    {property: 'og:image:width', content: '1200'},
    {property: 'og:image:height', content: '630'},
    {property: 'og:image:alt', content: siteTagline},
    {name: 'twitter:image:alt', content: siteTagline},
  ],
  docs: {sidebar: {hideable: false, autoCollapseCategories: false}},
  navbar: {
    title: siteTitle,
    logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
    items: [
      {to: '/faq', label: 'All questions', position: 'left', activeBaseRegex: '^/faq/?$'},
      {type: 'search', position: 'right'},
      {href: siteLinks.xips, label: 'XIPs', position: 'right'},
      {href: siteLinks.decentralizingXmtp, label: 'Decentralizing XMTP', position: 'right'},
    ],
  },
  footer: {
    style: 'dark',
    links: [
      {
        title: 'FAQ',
        items: [{label: 'All questions', to: '/faq'}],
      },
      {
        title: 'Learn more',
        items: [
          {label: 'Decentralizing XMTP', href: siteLinks.decentralizingXmtp},
          {label: 'XIPs', href: siteLinks.xips},
          {label: 'XIP-54: node operator qualification', href: siteLinks.xip54},
        ],
      },
      {
        title: 'Project',
        items: [
          {label: 'XMTP Labs', href: siteLinks.xmtpLabs},
          {label: 'xmtp-node-go', href: siteLinks.xmtpNodeGo},
          {label: 'Community forum', href: siteLinks.communityForum},
        ],
      },
    ],
  },
  prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
} satisfies Preset.ThemeConfig;

const config: Config = {
  title: siteTitle,
  tagline: siteTagline,
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  future: {v4: true, experimental_vcs: createLastUpdateVcs()},
  // The banner warns of a wrong base URL when the app's scripts have not run by
  // DOMContentLoaded; with hydration on intent they never have, by design. The
  // base URL is tested instead (the base-url e2e project).
  baseUrlIssueBanner: !performanceOptions.hydrateOnIntent,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw'},
    parseFrontMatter: createParseFrontMatter(__dirname, docsOptions.path),
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

  presets: [
    [
      'classic',
      {
        // The docs plugin runs below, with each page's sidebar in its own route data (src/plugins/docs).
        docs: false,
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: sitemapOptions,
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    (context) =>
      pageScopedDocsPlugin(context, {
        ...docsOptions,
        sidebarQuestionsPerCategory: LIST_LIMITS.sidebarQuestionsPerCategory,
      }),
    // Search index from the question list; fetched by the page on first search.
    searchPlugin,
    (context) => faqPlugin(context, faqOptions),
    performancePlugin,
    // Writes the redirect pages, then defers hydration, then the Content-Security-Policy of every page.
    (context) =>
      redirectsThenSecurityPolicyPlugin(
        context,
        clientRedirectsOptions,
        performanceOptions.hydrateOnIntent ? [(outDir) => hydrateOnIntent(outDir, context.baseUrl)] : [],
      ),
  ],
  themeConfig,
};

export default config;
