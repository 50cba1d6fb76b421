import { join } from 'node:path';

/**
 * The example tables kept byte-for-byte in the repository: four published tables and one made-up
 * one (tests/fixtures/examples), and sixteen real tables of other layouts (…/real).
 */
export const EXAMPLES_DIR = join(import.meta.dirname, '..', 'fixtures', 'examples');
export const REAL_EXAMPLES_DIR = join(EXAMPLES_DIR, 'real');
export const exampleFile = (name: string): string => join(EXAMPLES_DIR, name);
