import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Explicit, so Playwright specs under test/e2e are never collected by vitest.
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/electron/**/*.test.ts'],
    testTimeout: 30_000,
    // Set-up hooks create offices and registries (scrypt, key generation, a first snapshot):
    // seconds alone, minutes when other builds share the two cores.
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
