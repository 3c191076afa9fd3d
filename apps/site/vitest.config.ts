import { defineConfig } from 'vitest/config';

// Unit tests cover pure helpers only (no Svelte components), so no SvelteKit plugin is needed.
export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'front/**/*.test.js'] },
});
