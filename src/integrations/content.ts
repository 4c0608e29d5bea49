import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { ContentError, formatIssue, sortIssues } from '../lib/content/issues.ts';
import { checkContent } from '../lib/lint/check.ts';
import { buildId, recordChanges } from '../lib/print.ts';
import { WartaError } from '../lib/warta-error.ts';
import { mdxGuard } from './mdx-guard.ts';
import { stopPlainly } from './plain-errors.ts';
import type { WartaSettings } from './settings.ts';

const VIRTUAL = 'virtual:warta/config';

/** A refused WARTA_PASSWORDS or WARTA_VAULT, reported as a plain message with what to do. */
function passwordError(error: unknown): never {
  return stopPlainly(
    new WartaError(
      error instanceof Error ? error.message : String(error),
      'WARTA_PASSWORDS (one "label@level:password" a line) and WARTA_VAULT are explained in docs/internal-section.md#passwords; "npm run password" prints a strong passphrase.',
    ),
  );
}

/**
 * Fails the build before any page is written when the content has errors, reporting all of them,
 * puts the MDX guard in front of the MDX compiler, and exposes the site identity and build clock
 * to pages as `virtual:warta/config`.
 */
export function wartaContent(settings: WartaSettings): AstroIntegration {
  return {
    name: 'warta:content',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (config.markdown.processor.name !== 'satteri') {
          throw new AstroError(
            `markdown.processor is "${config.markdown.processor.name}", but the MDX guard reads .mdx files as Sätteri does`,
            'Make mdxProblems (src/lib/content/mdx.ts) parse with the new processor before switching to it.',
          );
        }
        for (const issue of sortIssues(settings.issues)) {
          if (issue.severity === 'warning') logger.warn(formatIssue(issue));
        }
        if (!settings.site) {
          const { message } = new ContentError(settings.issues);
          stopPlainly(
            new WartaError(
              message,
              'Fix each line above (npm run check lists them without building), then build again.',
            ),
          );
        }
        // A build needs its passwords now (CI fails here without them); other commands announce none.
        const passwords = command === 'build' ? await settings.passwords().catch(passwordError) : undefined;
        const development = passwords?.kind === 'development' ? passwords.passwords[0].password : null;
        const module = [
          `export const site = ${JSON.stringify(settings.site)};`,
          `export const now = new Date(${JSON.stringify(settings.now.toISOString())});`,
          `export const developmentPassword = ${JSON.stringify(development)};`,
          `export const lastModified = ${JSON.stringify(Object.fromEntries(settings.lastModified))};`,
          `export const devServer = ${JSON.stringify(command === 'dev')};`,
          `export const origins = ${JSON.stringify(settings.origins)};`,
          `export const printing = ${JSON.stringify({
            build: buildId({ builtAt: settings.now.toISOString(), head: settings.git?.head }),
            changes: settings.content ? recordChanges(settings.content, settings.git) : {},
          })};`,
        ].join('\n');
        if (development) {
          logger.warn(
            `\n\n  ┌──────────────────────────────────────────────────────────────┐\n  │ WARTA_PASSWORDS is not set: the internal section opens with  │\n  │ the DEVELOPMENT password "${development}".        │\n  │ Never deploy this build. Set WARTA_PASSWORDS (see README).   │\n  └──────────────────────────────────────────────────────────────┘\n`,
          );
        }
        updateConfig({
          vite: {
            plugins: [
              mdxGuard(settings.contentDir),
              {
                name: 'warta:config',
                resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id) => (id === `\0${VIRTUAL}` ? module : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        // In dev, re-run the integrity checks on every content change and say what broke.
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(settings.contentDir)) return;
          const { issues } = checkContent(settings.contentDir);
          for (const issue of sortIssues(issues))
            logger[issue.severity === 'error' ? 'error' : 'warn'](formatIssue(issue));
        });
      },
    },
  };
}
