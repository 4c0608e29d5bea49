/**
 * A mistake in the configuration or the content (a weak password, a bad site.yaml, a record that
 * fails the check): the build prints its message and fix plainly, without a stack trace, which
 * would only tell an editor where in Warta it was noticed.
 */
export class WartaError extends Error {
  override name = 'WartaError';
  /** What to do about it, printed under the message. */
  readonly fix: string | undefined;

  /** `message` names the file, line or setting and what is wrong; `fix` says what to do. */
  constructor(message: string, fix?: string) {
    super(message);
    this.fix = fix;
  }
}

/** True for a WartaError, also one from another copy of this module (Astro loads the config apart). */
export const isWartaError = (error: unknown): error is WartaError =>
  error instanceof Error && error.name === 'WartaError';
