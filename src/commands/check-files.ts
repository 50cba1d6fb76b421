import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Framework } from '../domain/document.js';
import { JixiaoError } from '../errors.js';
import { checkFile, type FileReport } from './check.js';

/** What `jixiao check` reads inside a folder: every format it can check. */
export const CHECKABLE_EXTENSIONS = new Set([
  '.json',
  '.txt',
  '.md',
  '.docx',
  '.docm',
  '.xlsx',
  '.xlsm',
  '.doc',
  '.wps',
  '.xls',
  '.et',
  '.pdf',
]);

/** A name sort that puts 第2 before 第10 and is the same on every machine. */
const byName = new Intl.Collator('zh-Hans-CN', { numeric: true }).compare;

/**
 * The arguments with each folder replaced by the checkable files inside it (recursively; hidden
 * files and folders and Office's "~$" lock files left out), files in a folder in name order.
 * `folders` says whether any argument was a folder.
 */
export async function expandInputs(args: string[]): Promise<{ files: string[]; folders: boolean }> {
  const files: string[] = [];
  let folders = false;
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      folders = true;
      files.push(...(await walk(arg)));
    } else files.push(arg); // a missing or odd path is reported by the reader, in Chinese
  }
  return { files, folders };
}

async function walk(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return []; // an unreadable subfolder: nothing to check there
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => byName(a.name, b.name))) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && CHECKABLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}

/** A file that could not be checked for a reason other than its content (a crash): the message. */
function failed(file: string, error: unknown): FileReport {
  const message =
    error instanceof JixiaoError
      ? error.message
      : `检查 ${file} 时出错（${error instanceof Error ? error.message : String(error)}）。请把这个文件发给开发者。`;
  return { file, tables: [], findings: [], error: message };
}

async function checkOne(file: string, framework: Framework | undefined): Promise<FileReport> {
  try {
    return await checkFile(file, framework);
  } catch (error) {
    return failed(file, error);
  }
}

const WORKER_ROLE = 'jixiao-check-worker';

interface Job {
  index: number;
  file: string;
  framework?: Framework;
}

/**
 * Checks the files, in parallel up to the number of cores: in worker threads when running from the
 * built CLI (this module's file is the worker's script), in this thread otherwise (tests under
 * tsx). Reports come back in the order of `files`; `onDone` is called as each one finishes.
 */
export async function checkFiles(
  files: string[],
  framework: Framework | undefined,
  onDone: (report: FileReport, done: number) => void = () => {},
): Promise<FileReport[]> {
  const reports: FileReport[] = new Array<FileReport>(files.length);
  let done = 0;
  const finish = (index: number, report: FileReport): void => {
    reports[index] = report;
    done += 1;
    onDone(report, done);
  };
  const lanes = Math.max(1, Math.min(availableParallelism(), files.length));
  const jobs: Job[] = files.map((file, index) => ({ index, file, framework }));
  const builtScript = import.meta.url.endsWith('.js');
  if (lanes > 1 && builtScript) await inWorkers(jobs, lanes, finish);
  else {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < jobs.length) {
        const job = jobs[next++];
        finish(job.index, await checkOne(job.file, framework));
      }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
  }
  return reports;
}

/** A file that takes longer than this in a worker (a hostile PDF that never ends) is given up. */
const FILE_TIME_LIMIT_MS = 120_000;

async function inWorkers(
  jobs: Job[],
  lanes: number,
  finish: (index: number, report: FileReport) => void,
): Promise<void> {
  let next = 0;
  const rest = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++];
      finish(job.index, await checkOne(job.file, job.framework));
    }
  };
  const lane = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE } });
      let current: Job | undefined;
      let timer: NodeJS.Timeout | undefined;
      let stopped = false; // this worker is done with: later events are ignored
      const stop = (): void => {
        stopped = true;
        clearTimeout(timer);
      };
      const send = (): void => {
        clearTimeout(timer);
        current = jobs[next++];
        if (!current) {
          stop();
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage(current);
        const job = current;
        timer = setTimeout(() => {
          // Stop this worker; its file fails, a fresh lane takes the remaining files.
          stop();
          current = undefined;
          finish(job.index, {
            file: job.file,
            tables: [],
            findings: [],
            error: `${job.file} 读取超过 ${FILE_TIME_LIMIT_MS / 1000} 秒仍未完成，已跳过。请在 WPS/Word/Excel 中打开它并另存为 .docx/.xlsx 后再检查。`,
          });
          void worker.terminate().then(() => lane().then(resolve));
        }, FILE_TIME_LIMIT_MS);
      };
      worker.on('message', (report: FileReport) => {
        if (stopped) return;
        if (current) finish(current.index, report);
        send();
      });
      // A worker that dies (out of memory on a hostile file) fails its file; the rest go on in this thread.
      const died = (error: unknown): void => {
        if (stopped) return;
        stop();
        if (current) finish(current.index, failed(current.file, error));
        current = undefined;
        void rest().then(resolve);
      };
      worker.on('error', died);
      worker.on('exit', (code) => died(new Error(`worker exited with code ${code}`)));
      send();
    });
  await Promise.all(Array.from({ length: lanes }, lane));
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE && parentPort) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    void checkOne(job.file, job.framework).then((report) => port.postMessage(report));
  });
}
