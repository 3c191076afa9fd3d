import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
    // The multi-process tests start the compiled server (dist/main.js): build it first.
    globalSetup: ['src/testing/build-dist.ts'],
  },
});
