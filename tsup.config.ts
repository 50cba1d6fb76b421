import { defineConfig } from 'tsup';

// One entry; heavy modules (ink, openai, docx, exceljs) are imported dynamically by the commands
// that need them, so esbuild splits them into chunks that `--version` and `check` never load.
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  clean: true,
  sourcemap: false,
  outDir: 'dist',
  // Bundled in: zod is many small ES modules, and resolving them one by one costs more at start-up than parsing one file.
  noExternal: [
    'zod',
    'ink',
    'react',
    'react-reconciler',
    'scheduler',
    'es-toolkit',
    'yoga-layout',
    'string-width',
  ],
  // The Ink app's first frame (issue 3): Ink and React bundled (hundreds of files otherwise), React's
  // production build, Ink's optional devtools left out; bundled CommonJS may require Node built-ins.
  external: ['react-devtools-core'],
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: {
    js: "import { createRequire as __jixiaoRequire } from 'node:module'; const require = __jixiaoRequire(import.meta.url);",
  },
});
