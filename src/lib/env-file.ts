import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { WartaError } from './warta-error.ts';

/** The settings an ignored .env file may hold: Warta's own, never another program's secrets. */
const SETTING_NAME = /^(?:WARTA_[A-Z0-9_]+|SITE_URL|INTERNAL_URL)$/;

/**
 * The Warta settings of the `.env` file in `root`, for local builds (an adopter keeps local
 * passwords there; git ignores it). Read by the settings layer only: the values never enter
 * `process.env`, so neither content nor `import.meta.env` can see them. Empty without a file.
 * @example readEnvFile(process.cwd()).WARTA_PASSWORDS
 */
export function readEnvFile(root: string): Record<string, string> {
  const path = join(root, '.env');
  if (!existsSync(path)) return {};
  const text = readFileSync(path, 'utf8');
  const values = parseEnv(text) as Record<string, string>;
  const lines = text.split('\n');
  const problems = Object.keys(values)
    .filter((name) => !SETTING_NAME.test(name))
    .map((name) => {
      const line = lines.findIndex((candidate) => new RegExp(`^\\s*(?:export\\s+)?${name}\\s*=`).test(candidate)) + 1;
      return `${path}:${line}: ${name} is not a Warta setting: .env holds only WARTA_* settings, SITE_URL and INTERNAL_URL; set ${name} in the environment instead, or delete the line`;
    });
  if (problems.length > 0) throw new WartaError(problems.join('\n'));
  return values;
}
