// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { wartaContent } from './src/integrations/content.ts';
import { publish } from './src/integrations/publish.ts';
import { plainly } from './src/integrations/plain-errors.ts';
import { readSettings } from './src/integrations/settings.ts';
import { sanitizeHtml } from './src/lib/markdown/sanitize.ts';
import { tableRegions } from './src/lib/markdown/tables.ts';
import { staging } from './src/integrations/staging.ts';

// Content is validated once, from here, on a thread of its own beside Astro's start-up and content
// sync; every error is reported before Astro writes anything. The secrets are taken out of
// process.env here, before any content is compiled. A mistake in the settings or content ends the
// build with a plain message (WARTA_DEBUG=1: with a stack trace).
const settings = plainly(() => readSettings(process.env));

export default defineConfig({
  site: settings.url,
  outDir: settings.outDir,
  ...(settings.cacheDir ? { cacheDir: settings.cacheDir } : {}),
  trailingSlash: 'always',
  // Nothing inline: the Content-Security-Policy allows no inline script or style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Vite reads no .env file: it would copy it into import.meta.env. The settings read .env themselves.
  vite: { envDir: false, build: { assetsInlineLimit: 0 } },
  markdown: {
    // Content is data: every Markdown and MDX body is sanitized (docs/internal-section.md); after
    // that, only fixed markup is added: each table's scroll region.
    processor: satteri({ hastPlugins: [sanitizeHtml, tableRegions] }),
    // Highlighting colours are inline styles, which the sanitizer and the CSP both refuse.
    syntaxHighlight: false,
  },
  integrations: [
    wartaContent(settings),
    mdx(),
    sitemap({
      filter: (page) => !new URL(page).pathname.startsWith('/internal/'),
      serialize: async (item) => {
        const lastmod = (await settings.checked).lastModified.get(new URL(item.url).pathname);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    publish(settings),
    // Last: the build reaches settings.outDir only once every step above has passed.
    staging(settings.outDir, settings.origins.internal ? settings.internalOutDir : undefined),
  ],
});
