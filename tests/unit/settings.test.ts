import { describe, expect, it } from 'vitest';
import { isCi } from '../../src/integrations/settings.ts';

describe('isCi', () => {
  it.each([{ CI: 'true' }, { CI: '1' }, { CI: 'True' }, { CI: 'yes' }, { TF_BUILD: 'True' }])(
    'takes %o for CI, where weak passwords are refused',
    (env) => {
      expect(isCi(env)).toBe(true);
    },
  );

  it.each([{}, { CI: '' }, { CI: '0' }, { CI: 'false' }, { CI: 'FALSE' }])('takes %o for a local build', (env) => {
    expect(isCi(env)).toBe(false);
  });
});
