import { describe, expect, it } from 'vitest';
import { takeSecrets } from '../../src/lib/secrets.ts';

describe('takeSecrets', () => {
  it('returns WARTA_PASSWORDS and removes it from the environment', () => {
    const env: NodeJS.ProcessEnv = { WARTA_PASSWORDS: 'imigrasi:kuda baterai staples benar', CI: 'true' };
    expect(takeSecrets(env)).toEqual({ passwords: 'imigrasi:kuda baterai staples benar', others: [] });
    expect(env).toEqual({ CI: 'true' });
  });

  it('returns no passwords when none are set', () => {
    expect(takeSecrets({})).toEqual({ passwords: undefined, others: [] });
  });

  it('keeps the values of the other credentials it removes, for the leak scan, except values too short to search for', () => {
    const env: NodeJS.ProcessEnv = { GITHUB_TOKEN: 'ghp_contohTokenUjiSaja01', NPM_TOKEN: 'pendek', HOME: '/root' };
    expect(takeSecrets(env).others).toEqual([{ name: 'GITHUB_TOKEN', value: 'ghp_contohTokenUjiSaja01' }]);
    expect(env).toEqual({ HOME: '/root' });
  });

  it.each([
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'NODE_AUTH_TOKEN',
    'NPM_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'NETLIFY_AUTH_TOKEN',
    'CLOUDFLARE_API_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AZURE_CLIENT_SECRET',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'DEPLOY_KEY',
    'SSH_AUTH_SOCK',
    'SMTP_PASSWORD',
    'backup_passphrase',
  ])('removes %s, a credential the build never needs', (name) => {
    const env: NodeJS.ProcessEnv = { [name]: 'rahasia' };
    takeSecrets(env);
    expect(env).toEqual({});
  });

  it.each([
    'PATH',
    'HOME',
    'CI',
    'SITE_URL',
    'WARTA_CONTENT',
    'WARTA_NOW',
    'WARTA_VAULT',
    'GIT_AUTHOR_NAME',
    'NODE_OPTIONS',
    'CHROMIUM_PATH',
    'KEYBOARD',
  ])('keeps %s, which the build may read', (name) => {
    const env: NodeJS.ProcessEnv = { [name]: 'nilai' };
    takeSecrets(env);
    expect(env).toEqual({ [name]: 'nilai' });
  });
});
