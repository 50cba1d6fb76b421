/**
 * One benchmark scenario per process, so each reports its own peak memory:
 *   node --expose-gc --import tsx bench/scenarios.ts <name>   → prints one JSON line {name, ...figures, peakRssMb}
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOfflineDrafter } from '../src/draft/offline/index.js';
import { exportDocx } from '../src/export/docx.js';
import { readDocxDocument } from '../src/import/docx.js';
import { readTextDocument } from '../src/import/text/index.js';
import { checkDocument } from '../src/rules/engine.js';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createLlmDrafter } from '../src/draft/llm/drafter.js';
import { createDraftStore } from '../src/store/drafts.js';
import type { ChatServer } from '../tests/support/chat-server.js';
import { answersWith, offline, testService } from '../tests/llm/helpers.js';
import { generatedDocument } from './generate.js';

const EXAMPLES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'examples');
const BIG_DOCX = join(import.meta.dirname, '..', '.tmp', 'bench-200-pages.docx');
mkdirSync(join(import.meta.dirname, '..', '.tmp'), { recursive: true });

export interface Figures {
  [key: string]: number | string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs `fn` `runs` times after one warm-up, returns the median milliseconds. */
export async function timeMedian(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.(); // run with --expose-gc: each run starts from a collected heap, so peak memory is one run's
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const scenarios: Record<string, () => Promise<Figures>> = {
  /** The scenario process itself (Node + tsx + the modules this file imports): what every peak below includes. */
  async baseline() {
    return {};
  },
  async 'check-1'() {
    return checkTables(1);
  },
  async 'check-100'() {
    return checkTables(100);
  },
  async 'check-1000'() {
    return checkTables(1000);
  },
  async 'import-examples'() {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt'));
    const bytes = files.map((f) => readFileSync(join(EXAMPLES, f)));
    let tables = 0;
    const ms = await timeMedian(() => {
      tables = bytes.reduce((n, b, i) => n + readTextDocument(b, files[i]).document.tables.length, 0);
    });
    return { files: files.length, tables, ms: round(ms) };
  },
  /** Writes the 200-page .docx the import scenario reads (made in its own process so its memory is not counted there). */
  async 'make-docx-200-pages'() {
    // 200 project tables, one per page in our Word export: a 200-page document.
    const docx = await exportDocx(generatedDocument(200));
    writeFileSync(BIG_DOCX, docx);
    return { sizeKb: Math.round(docx.byteLength / 1024) };
  },
  async 'import-docx-200-pages'() {
    const docx = readFileSync(BIG_DOCX);
    let tables = 0;
    const ms = await timeMedian(async () => {
      tables = (await readDocxDocument(docx, 'bench.docx')).document.tables.length;
    }, 3);
    return { pages: 200, tables, sizeKb: Math.round(docx.byteLength / 1024), ms: round(ms) };
  },
  async 'draft-offline-10'() {
    const drafter = createOfflineDrafter();
    const answers = answersWith(10);
    let tables = 0;
    const ms = await timeMedian(async () => {
      tables = (await drafter.draft(answers)).document.tables.length;
    }, 9);
    return { projects: 10, tables, ms: round(ms, 2) };
  },
  /** Writes a draft of 20 drafted projects, at the review stage, into $JIXIAO_DATA_DIR for the app session benchmark. */
  async 'app-draft-20'() {
    const answers = answersWith(20);
    const { document } = await offline.draft(answers);
    const now = new Date().toISOString();
    await createDraftStore().save({
      version: 1,
      id: 'bench-20-projects',
      createdAt: now,
      updatedAt: now,
      stage: 'review',
      origin: 'new',
      answers,
      step: { section: 'summary' },
      document,
      reviewed: document.tables.map(() => false),
    });
    return { tables: document.tables.length };
  },
  async 'draft-llm-5'() {
    const latencyMs = 1000;
    const projects = 5;
    const server = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'chat-server-process.ts'), String(latencyMs)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const [baseURL] = (await once(createInterface({ input: server.stdout! }), 'line')) as [string];
      const drafter = createLlmDrafter({
        service: testService({ baseURL } as ChatServer),
        offline,
        concurrency: 3,
      });
      await drafter.draft(answersWith(1)); // warm-up: loading the SDK and the rules is not part of the figure
      const started = performance.now();
      const result = await drafter.draft(answersWith(projects));
      const ms = Math.round(performance.now() - started);
      const calls = projects + 1;
      const byModel = result.document.tables.filter((t) =>
        t.indicators.some((i) => i.id?.includes('-m')),
      ).length;
      // Calls run three at a time: ceil(calls / 3) rounds of latency is the floor.
      const floor = Math.ceil(calls / 3) * latencyMs;
      return {
        projects,
        calls,
        tablesByModel: byModel,
        ms,
        floorMs: floor,
        overheadPct: round(((ms - floor) / floor) * 100),
      };
    } finally {
      server.kill('SIGTERM');
    }
  },
};

async function checkTables(n: number): Promise<Figures> {
  const document = generatedDocument(n);
  let findings = 0;
  const ms = await timeMedian(() => {
    findings = checkDocument(document).findings.length;
  });
  return { tables: n, ms: round(ms), tablesPerSecond: Math.round((n / ms) * 1000), findings };
}

export function round(n: number, digits = 1): number {
  return Number(n.toFixed(digits));
}

const name = process.argv[2];
if (name) {
  const scenario = scenarios[name];
  if (!scenario) {
    console.error(`unknown scenario ${name}; known: ${Object.keys(scenarios).join(', ')}`);
    process.exit(2);
  }
  const figures = await scenario();
  const peakRssMb = round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ name, ...figures, peakRssMb }));
}
