import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import {themes as prismThemes} from 'prism-react-renderer';
import searchPlugin from './src/plugins/search';
import securityPlugin from './src/plugins/security';
import performancePlugin from './src/plugins/performance';
import faqPlugin, {type FaqPluginOptions} from './src/plugins/faq';
import {createParseFrontMatter} from './src/plugins/faq/parseFrontMatter';
import {siteLinks} from './src/siteLinks';
import type {Options as ClientRedirectsOptions} from '@docusaurus/plugin-client-redirects';
import type {Options as SitemapOptions} from '@docusaurus/plugin-sitemap';
import {redirects} from './src/urls/redirects';
import {SITE_CARD} from './src/plugins/faq/socialCardPaths';

// Deployments set these (e.g. GitHub Pages: SITE_URL=https://<org>.github.io BASE_URL=/<repo>/).
const siteUrl = process.env.SITE_URL ?? 'https://faq.xmtp.org';
const baseUrl = process.env.BASE_URL ?? '/';

const siteTitle = 'XMTP Network FAQ';
const siteTagline = 'Answers to common questions about the XMTP messaging network.';

const docsOptions = {
  path: 'docs',
  // Question pages live at /faq/<slug>; the slug comes from front matter, so
  // moving a file to another category folder never changes its URL.
  routeBasePath: 'faq',
  sidebarPath: './sidebars.ts',
  breadcrumbs: true,
} satisfies DocsOptions;

const clientRedirectsOptions = {
  redirects: redirects.map(({from, to}) => ({from, to})),
} satisfies ClientRedirectsOptions;

const sitemapOptions = {
  ignorePatterns: [`${baseUrl}search`],
} satisfies SitemapOptions;

const faqOptions = {
  allQuestionsPath: 'faq',
  docsDir: docsOptions.path,
} satisfies FaqPluginOptions;

const themeConfig = {
  colorMode: {respectPrefersColorScheme: true},
  // Link preview image of every page that has no card of its own.
  image: SITE_CARD,
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
  future: {v4: true},

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
        docs: docsOptions,
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: sitemapOptions,
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    // Search index from the question list; fetched by the page on first search.
    searchPlugin,
    (context) => faqPlugin(context, faqOptions),
    performancePlugin,
    // Writes the redirect pages, then the Content-Security-Policy of every page.
    (context) => securityPlugin(context, clientRedirectsOptions),
  ],
  themeConfig,
};

export default config;
