// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // dist-internal/: a split site's internal half. .dist.incomplete/ and .dist.previous/: a build in progress or being replaced (src/integrations/staging.ts).
  { ignores: ['dist/', 'dist-internal/', '.*.incomplete/', '.*.previous/', '.astro/', 'node_modules/', 'tests/.tmp/'] },
  ...tseslint.configs.strict,
  ...eslintPluginAstro.configs.recommended,
  ...eslintPluginAstro.configs['jsx-a11y-strict'],
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
);
