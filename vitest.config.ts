import { defineConfig } from 'vitest/config';

// Three tiers, as in Astro core: pure units, a built fixture site, and a real browser.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // A page's search or worker answers in well under a second on a quiet machine, but a CI
          // runner's two busy cores can take several; polls still end as soon as they succeed.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
