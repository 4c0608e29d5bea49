import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { formatIssue, sortIssues } from '../lib/content/issues.ts';
import { checkContent } from '../lib/lint/check.ts';
import { buildId, recordChanges } from '../lib/print.ts';
import type { PasswordSetting } from '../lib/vault/passwords.ts';
import { WartaError } from '../lib/warta-error.ts';
import { shareContentCheck, stopOnContentErrors } from './content-check.ts';
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
 * to pages as `virtual:warta/config`. A build waits for the content check (settings.checked) when
 * Astro has synced the content, not before: the two run side by side (content-check.ts).
 */
export function wartaContent(settings: WartaSettings): AstroIntegration {
  /** Reports the check's warnings, and stops on its errors. */
  const report = (logger: AstroIntegrationLogger) => stopOnContentErrors(settings.checked, (line) => logger.warn(line));
  let command: string | undefined;
  let passwords: Promise<PasswordSetting> | undefined;
  let module: Promise<string> | undefined;
  const configModule = async () => {
    const { content, git, lastModified } = await settings.checked;
    const setting = await passwords;
    const development = setting?.kind === 'development' ? setting.passwords[0].password : null;
    return [
      `export const site = ${JSON.stringify(content?.site)};`,
      `export const now = new Date(${JSON.stringify(settings.now.toISOString())});`,
      `export const developmentPassword = ${JSON.stringify(development)};`,
      `export const lastModified = ${JSON.stringify(Object.fromEntries(lastModified))};`,
      `export const devServer = ${JSON.stringify(command === 'dev')};`,
      `export const origins = ${JSON.stringify(settings.origins)};`,
      `export const printing = ${JSON.stringify({
        build: buildId({ builtAt: settings.now.toISOString(), head: git?.head }),
        changes: content ? recordChanges(content, git) : {},
      })};`,
    ].join('\n');
  };
  return {
    name: 'warta:content',
    hooks: {
      'astro:config:setup': async ({ command: running, config, updateConfig, logger }) => {
        if (config.markdown.processor.name !== 'satteri') {
          throw new AstroError(
            `markdown.processor is "${config.markdown.processor.name}", but the MDX guard reads .mdx files as Sätteri does`,
            'Make mdxProblems (src/lib/content/mdx.ts) parse with the new processor before switching to it.',
          );
        }
        command = running;
        shareContentCheck(settings.checked);
        // Other commands than a build have no content sync to run beside the check.
        if (command !== 'build') await report(logger);
        updateConfig({
          vite: {
            plugins: [
              mdxGuard(settings.contentDir),
              {
                name: 'warta:config',
                resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id) => (id === `\0${VIRTUAL}` ? (module ??= configModule()) : undefined),
              },
            ],
          },
        });
      },
      'astro:build:start': async ({ logger }) => {
        await report(logger);
        // A build needs its passwords now (CI fails here without them); other commands announce none.
        passwords = settings.passwords().catch(passwordError);
        const setting = await passwords;
        if (setting.kind === 'development') {
          logger.warn(
            `\n\n  ┌──────────────────────────────────────────────────────────────┐\n  │ WARTA_PASSWORDS is not set: the internal section opens with  │\n  │ the DEVELOPMENT password "${setting.passwords[0].password}".        │\n  │ Never deploy this build. Set WARTA_PASSWORDS (see README).   │\n  └──────────────────────────────────────────────────────────────┘\n`,
          );
        }
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
