import { isWartaError } from '../lib/warta-error.ts';

/**
 * Ends the process with a configuration or content error as one plain message and its fix, exit
 * code 1. Astro would print it under "An unhandled error occurred while running the hook" with a
 * stack trace, which tells an editor nothing; WARTA_DEBUG=1 lets it do so, for developers. Any
 * other error is a fault of Warta and is rethrown, stack trace and all.
 */
export function stopPlainly(error: unknown, env: NodeJS.ProcessEnv = process.env): never {
  const debug = env['WARTA_DEBUG'] && env['WARTA_DEBUG'] !== '0';
  if (!isWartaError(error) || debug) throw error;
  console.error(`\n${error.message}${error.fix ? `\n\n${error.fix}` : ''}\n`);
  process.exit(1);
}

/** Runs `read`, stopping plainly on a configuration or content error. */
export function plainly<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    return stopPlainly(error);
  }
}
