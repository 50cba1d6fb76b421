import { configDefaults, defineConfig } from 'vitest/config';

const TESTS = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];

/**
 * Tests that drive real processes and tools: the built CLI, the app in tmux, LibreOffice, fault
 * injection and the security sessions. `npm test` runs them with the rest; `npm run test:unit`
 * leaves them out (seconds, not minutes, and nothing to install).
 */
const INTEGRATION = [
  'tests/e2e/**',
  'tests/fault/**',
  'tests/security/**',
  'tests/draft/bundle.test.ts',
  'tests/office/render.test.ts',
  'tests/office/libreoffice-fallback.test.ts',
  'tests/office/check-folder.test.ts',
];

export default defineConfig({
  test: {
    env: { CI: 'false', FORCE_COLOR: '0' },
    testTimeout: 20000,
    hookTimeout: 60000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: TESTS, exclude: [...configDefaults.exclude, ...INTEGRATION] },
      },
      { extends: true, test: { name: 'integration', include: INTEGRATION.map(globOfTests) } },
    ],
  },
});

/** A folder pattern ("tests/e2e/**") as its test files; a file stays itself. */
function globOfTests(pattern: string): string {
  return pattern.endsWith('/**') ? `${pattern}/*.test.{ts,tsx}` : pattern;
}
