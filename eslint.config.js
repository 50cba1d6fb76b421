// ESLint flat config: typescript-eslint (type-aware), React hooks, import cycles, no floating promises,
// and the layers of src/ (CONTRIBUTING.md): each layer imports only the layers below it.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The lower layers of src/ and what each may import (besides itself). Everything not listed here
 * (import, draft, export, io, report…) is a feature layer: it may import any lower layer and the
 * other features, never src/ui, src/commands or src/cli.ts.
 */
const LOWER_LAYERS = {
  'errors.ts': [],
  value: ['errors.ts'],
  domain: ['value', 'errors.ts'],
  facts: ['domain', 'value', 'errors.ts'],
  selfeval: ['domain', 'value', 'errors.ts'],
  store: ['domain', 'value', 'errors.ts'],
  rules: ['facts', 'selfeval', 'domain', 'value', 'errors.ts'],
};
const SRC_ENTRIES = readdirSync(new URL('./src', import.meta.url));
const layerZones = Object.entries(LOWER_LAYERS).map(([layer, allowed]) => ({
  target: `./src/${layer}`,
  from: SRC_ENTRIES.filter((entry) => entry !== layer && !allowed.includes(entry)).map((e) => `./src/${e}`),
  message: ` src/${layer} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'nothing of ours'} (layers: CONTRIBUTING.md).`,
}));

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.tmp/',
      '.scratch/',
      'schemas/',
      'tests/fixtures/',
      'bin/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-cycle': 'error',
      // Chinese tables space fields with U+3000 (ideographic space): in strings, comments and regular
      // expressions it is data, not a typo.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // Nothing below the UI and the CLI imports them.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/commands/**', '**/cli.js'],
              message: '下层模块不得导入 ui/ 或 commands/。',
            },
            { group: ['ink', 'react', 'ink-*'], message: '只有 src/ui/ 可以导入 Ink 和 React。' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**', 'src/commands/**', 'src/cli.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
