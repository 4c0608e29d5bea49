/** The secrets the build itself needs, read from the environment once. */
export interface Secrets {
  /** WARTA_PASSWORDS as it was set: one `label@level:password` per line, or undefined. */
  passwords: string | undefined;
  /**
   * The other variables taken out, by name, with values of at least 12 characters (shorter ones
   * would match ordinary text): the leak scan looks for them, since a process's original
   * environment stays readable in /proc/self/environ even after they are deleted.
   */
  others: { name: string; value: string }[];
}

/**
 * Names of variables that hold credentials: WARTA_PASSWORDS, and whatever a CI runner or a shell
 * may hand the build without its needing it (GITHUB_TOKEN, NODE_AUTH_TOKEN, AWS_SECRET_ACCESS_KEY,
 * CLOUDFLARE_API_TOKEN, SSH_AUTH_SOCK, ...).
 */
export const SECRET_NAME = /token|secret|passw|passphrase|credential|(?:^|_)(?:auth|key)(?:_|$)/i;

/**
 * Reads the build's secrets and removes them, and every other variable named like a credential,
 * from `env`. Called before Astro compiles any content, so `process.env` and `import.meta.env` in
 * whatever is compiled later hold no secret, and neither do the child processes the build starts.
 * @example const { passwords } = takeSecrets(process.env);
 */
export function takeSecrets(env: NodeJS.ProcessEnv): Secrets {
  const secrets: Secrets = { passwords: env['WARTA_PASSWORDS'], others: [] };
  for (const [name, value] of Object.entries(env)) {
    if (!SECRET_NAME.test(name)) continue;
    if (name !== 'WARTA_PASSWORDS' && value && value.trim().length >= 12) secrets.others.push({ name, value });
    Reflect.deleteProperty(env, name);
  }
  return secrets;
}
