import { resolve } from 'node:path';
import { readSite } from '../lib/content/load.ts';
import { buildTime, meetingVisibility, releaseVisibility } from '../lib/visibility.ts';
import { readPasswords, type PasswordSetting } from '../lib/vault/passwords.ts';
import { siteWords } from '../lib/vault/strength.ts';
import { lastModified } from '../lib/last-modified.ts';
import { takeSecrets } from '../lib/secrets.ts';
import { readEnvFile } from '../lib/env-file.ts';
import { WartaError } from '../lib/warta-error.ts';
import { internalUrlProblem, type Origins } from '../lib/origins.ts';
import { outputFolders } from '../lib/output-folders.ts';
import { checkOnThread, type ContentCheck } from './content-check.ts';

/** The content as checked, with what the build derives from it. */
export interface CheckedContent extends ContentCheck {
  /** How many releases and meetings are public at the build clock: each gets one indexed page. */
  publicRecords: number;
  /** Last-updated time of each public record page, by URL path (sitemap lastmod, dateModified). */
  lastModified: Map<string, string>;
}

/** Build settings read once from the environment and the content folder. */
export interface WartaSettings {
  /** Absolute path of the content folder (WARTA_CONTENT, default ./content). */
  contentDir: string;
  /** Output folder (WARTA_OUT, default ./dist). */
  outDir: string;
  /** Astro's cache folder (WARTA_CACHE), so builds of different content never share a data store. */
  cacheDir: string | undefined;
  /** The build clock (WARTA_NOW, default the current time). */
  now: Date;
  /** Public base URL: SITE_URL, else site.yaml's url. */
  url: string;
  /** The public origin, and the internal site's (INTERNAL_URL, else site.yaml's internal) when split. */
  origins: Origins;
  /** Output folder of the internal site when split (WARTA_INTERNAL_OUT, default the output folder's name + "-internal"). */
  internalOutDir: string;
  /**
   * The content check, started with the settings on a thread of its own (content-check.ts); a
   * build waits for it before writing anything.
   */
  checked: Promise<CheckedContent>;
  /**
   * Passwords of the internal section (WARTA_PASSWORDS, taken out of the environment here), or the
   * announced development password. Checked when a build starts, not here, so `astro check` and
   * `astro dev` need none in CI.
   */
  passwords: () => Promise<PasswordSetting>;
  /** Other credentials found in the environment (taken out of it here), for the leak scan. */
  environmentSecrets: { name: string; value: string }[];
  /** False only with WARTA_VAULT=off, for tests that inspect the plaintext internal pages. */
  vault: boolean;
  /** When the previous deployed build ran (WARTA_PREVIOUS_BUILD), for "published since" in build.json. */
  previousBuild: Date | undefined;
}

/**
 * Whether the build runs in CI, where only real, strong passwords are accepted: CI set to anything
 * but empty, "0" or "false" (GitHub, GitLab and most runners say "true", some "1" or "True"), or
 * Azure Pipelines' TF_BUILD.
 */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  const ci = (env['CI'] ?? '').trim().toLowerCase();
  return (ci !== '' && ci !== '0' && ci !== 'false') || (env['TF_BUILD'] ?? '').toLowerCase() === 'true';
}

/**
 * Reads the environment, under it the ignored .env file (local builds: WARTA_* settings such as
 * the passwords), and site.yaml's addresses, and starts the content check.
 */
export function readSettings(processEnv: NodeJS.ProcessEnv, root = process.cwd()): WartaSettings {
  const file = readEnvFile(root);
  // Out of the environment before Astro compiles any content (docs/internal-section.md); the
  // values of .env never enter it.
  const secrets = takeSecrets(processEnv);
  const { WARTA_PASSWORDS: filePasswords, ...fileSettings } = file;
  const passwords = secrets.passwords ?? filePasswords;
  const env: NodeJS.ProcessEnv = { ...fileSettings, ...processEnv };
  let checkedPasswords: Promise<PasswordSetting> | undefined;
  const contentDir = resolve(root, env['WARTA_CONTENT'] || 'content');
  const now = buildTime(env['WARTA_NOW']);
  // A site.yaml with errors gives no addresses; the check reports it before anything is built.
  const site = readSite(contentDir, { root });
  const { outDir, internalOutDir } = outputFolders(env, root);
  const url = env['SITE_URL'] || site?.url || 'https://example.org';
  const internal = env['INTERNAL_URL'] || site?.internal;
  const problem = internal === undefined ? undefined : internalUrlProblem(internal, url);
  if (problem) {
    const source = env['INTERNAL_URL'] ? 'INTERNAL_URL' : `${contentDir}/site.yaml, field "internal"`;
    throw new WartaError(`${source}: ${JSON.stringify(internal)} ${problem}`);
  }
  const checked = checkOnThread(contentDir, root).then(({ content, issues, git }) => ({
    content,
    issues,
    git,
    publicRecords:
      (content?.releases.filter((entry) => releaseVisibility(entry.data, now) === 'public').length ?? 0) +
      (content?.meetings.filter((entry) => meetingVisibility(entry.data, now) === 'public').length ?? 0),
    lastModified: content ? lastModified(content, git, now) : new Map<string, string>(),
  }));
  // Whoever waits for it reports a failure; until then it must not count as unhandled.
  checked.catch(() => undefined);
  return {
    contentDir,
    outDir,
    internalOutDir,
    cacheDir: env['WARTA_CACHE'] ? resolve(root, env['WARTA_CACHE']) : undefined,
    now,
    url,
    origins: { public: url, internal: internal && new URL(internal).origin },
    checked,
    // Estimated once, when a build first asks: the dictionaries take a second or two to load.
    passwords: () =>
      (checkedPasswords ??= checked.then(({ content }) =>
        readPasswords(passwords, {
          ci: isCi(env),
          vault: env['WARTA_VAULT'] !== 'off',
          siteWords: content ? siteWords(content) : [],
          slotLabels: env['WARTA_SLOT_LABELS'],
        }).catch((error: unknown) => {
          // Say where the refused passwords were written.
          if (secrets.passwords !== undefined || filePasswords === undefined || !(error instanceof Error)) throw error;
          throw new Error(`${resolve(root, '.env')}: ${error.message}`);
        }),
      )),
    environmentSecrets: secrets.others,
    vault: env['WARTA_VAULT'] !== 'off',
    previousBuild: env['WARTA_PREVIOUS_BUILD'] ? buildTime(env['WARTA_PREVIOUS_BUILD']) : undefined,
  };
}
