import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * Where exports go when no folder is set: the user's documents folder (XDG's 文档/Documents on
 * Linux, Documents on macOS and Windows), else the home folder — never the folder the app was
 * started in (a source checkout, the system folder of a desktop shortcut).
 */
export function documentsDir(home = homedir()): string {
  try {
    const dirs = readFileSync(join(home, '.config', 'user-dirs.dirs'), 'utf8');
    const m = /^XDG_DOCUMENTS_DIR="(.+)"$/m.exec(dirs);
    if (m?.[1]) {
      const path = m[1].replace(/^\$HOME/, home);
      if (isAbsolute(path) && path !== home && existsSync(path)) return path;
    }
  } catch {
    // No user-dirs file: the usual names below.
  }
  for (const name of ['Documents', '文档', '我的文档']) {
    const path = join(home, name);
    if (existsSync(path)) return path;
  }
  return home;
}
