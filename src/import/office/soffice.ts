import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportError } from '../types.js';

/** A file our own readers cannot read but LibreOffice might: the fallback is tried for these only. */
export class UnreadableByUs extends ImportError {}

/**
 * LibreOffice as an optional fallback for old binary files our own readers cannot read (Word 6/95,
 * very old WPS, damaged streams LibreOffice tolerates). Never required, and only used when asked
 * for: JIXIAO_LIBREOFFICE=1 (soffice found on PATH) or the path of soffice. It converts into a
 * fresh temporary folder with its own profile, without a window, macros not run, within a time limit.
 */
export function libreOffice(): string | null {
  const setting = process.env.JIXIAO_LIBREOFFICE;
  if (!setting || setting === '0') return null;
  if (setting !== '1' && setting !== 'true') return executable(setting) ? setting : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice', 'soffice.exe']) {
      const path = join(dir, name);
      if (executable(path)) return path;
    }
  }
  return null;
}

/** Whether soffice is on PATH (to tell the user the fallback exists), without using it. */
export function libreOfficeOnPath(): boolean {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => ['soffice', 'libreoffice', 'soffice.exe'].some((name) => executable(join(dir, name))));
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const TIME_LIMIT_MS = 60_000;

/** Converts `bytes` (an old .doc/.xls) to .docx or .xlsx with LibreOffice; null when it could not. */
export async function convertWithLibreOffice(
  soffice: string,
  bytes: Uint8Array,
  from: 'doc' | 'xls' | 'rtf' | 'html',
  to: 'docx' | 'xlsx',
): Promise<Uint8Array | null> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-soffice-'));
  try {
    const input = join(dir, `input.${from}`);
    await writeFile(input, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await new Promise<void>((resolve) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          '--convert-to',
          to,
          '--outdir',
          join(dir, 'out'),
          input,
        ],
        { timeout: TIME_LIMIT_MS, windowsHide: true, env: { ...process.env, HOME: dir } },
        () => resolve(),
      );
    });
    const produced = (await readdir(join(dir, 'out')).catch(() => [])).find((name) =>
      name.endsWith(`.${to}`),
    );
    return produced ? new Uint8Array(await readFile(join(dir, 'out', produced))) : null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
