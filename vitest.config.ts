import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    env: { CI: 'false', FORCE_COLOR: '0' },
    testTimeout: 20000,
    hookTimeout: 60000,
  },
});
