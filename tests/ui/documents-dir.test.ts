import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentsDir } from '../../src/ui/documents-dir.js';

const homes: string[] = [];
const home = () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-home-'));
  homes.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of homes.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the default export folder is the documents folder, never the current one', () => {
  it('follows XDG_DOCUMENTS_DIR, then Documents or 文档, then the home folder', () => {
    const h = home();
    expect(documentsDir(h)).toBe(h);
    mkdirSync(join(h, 'Documents'));
    expect(documentsDir(h)).toBe(join(h, 'Documents'));
    mkdirSync(join(h, '文档'));
    mkdirSync(join(h, '.config'));
    writeFileSync(
      join(h, '.config', 'user-dirs.dirs'),
      'XDG_DESKTOP_DIR="$HOME/桌面"\nXDG_DOCUMENTS_DIR="$HOME/文档"\n',
    );
    expect(documentsDir(h)).toBe(join(h, '文档'));
    expect(documentsDir(h)).not.toBe(process.cwd());
  });
});
