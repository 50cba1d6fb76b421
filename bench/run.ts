/**
 * `npm run bench`: measures, prints a table and writes BENCHMARKS.md. It asserts nothing: the
 * goals are printed beside the figures. Each scenario runs in its own process (peak memory is its own).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

interface Row {
  what: string;
  figure: string;
  goal: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall-clock milliseconds of a whole process, median of RUNS, interleaved with the baseline. */
function processTimes(commands: Record<string, string[]>): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, [cmd, ...args]] of Object.entries(commands)) {
      const start = performance.now();
      const result = spawnSync(cmd, args, { cwd: root, stdio: 'ignore' });
      const ms = performance.now() - start;
      if (result.status !== 0 && result.status !== 1) throw new Error(`${name} exited ${result.status}`);
      times[name].push(ms);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** Drives the built app in a pseudo-terminal (bench/pty-session.py): the time of each awaited text and the peak memory. */
function appSession(
  steps: Array<['wait' | 'keys', string]>,
  env: NodeJS.ProcessEnv,
): { ms: number[]; peakRssMb: number } {
  const out = execFileSync(
    'python3',
    [join(root, 'bench', 'pty-session.py'), JSON.stringify(steps), 'node', 'bin/jixiao.js'],
    { cwd: root, env, encoding: 'utf8' },
  );
  const { ms, peakRssKb } = JSON.parse(out) as { ms: number[]; peakRssKb: number };
  return { ms, peakRssMb: peakRssKb / 1024 };
}

function scenario(name: string): Record<string, number | string> {
  const out = execFileSync(
    'node',
    ['--expose-gc', '--import', 'tsx', join(root, 'bench', 'scenarios.ts'), name],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  return JSON.parse(out.trim().split('\n').pop()!);
}

const f1 = (n: number | string) => (typeof n === 'number' ? n.toFixed(1) : n);
const rows: Row[] = [];
const started = performance.now();

execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });

const cold = processTimes({
  node: ['node', '-e', '0'],
  version: ['node', 'bin/jixiao.js', '--version'],
  check: ['node', 'bin/jixiao.js', 'check', 'tests/fixtures/examples/kaifu-self-evaluation-2022.txt'],
});
rows.push({ what: 'cold start `node -e 0` (baseline)', figure: `${f1(cold.node)} ms`, goal: '' });
rows.push({
  what: 'cold start `jixiao --version`',
  figure: `${f1(cold.version)} ms (×${(cold.version / cold.node).toFixed(2)} of node)`,
  goal: '< 100 ms',
});
rows.push({
  what: '`jixiao check` the largest example (kaifu), whole process',
  figure: `${f1(cold.check)} ms (×${(cold.check / cold.node).toFixed(2)})`,
  goal: '< 300 ms',
});

const dataDir = join(root, '.tmp', 'bench-data');
rmSync(dataDir, { recursive: true, force: true });
const appEnv = {
  ...process.env,
  JIXIAO_DATA_DIR: dataDir,
  JIXIAO_CONFIG_DIR: dataDir,
  COLUMNS: '120',
  LINES: '40',
};
const frames = Array.from({ length: RUNS }, () => appSession([['wait', '请选择要做的事']], appEnv));
const frame = median(frames.map((f) => f.ms[0]));
rows.push({
  what: 'first frame of the app in a pseudo-terminal',
  figure: `${f1(frame)} ms (×${(frame / cold.node).toFixed(2)} of node)`,
  goal: '< 300 ms',
});

// A saved draft of 20 drafted projects: resume it, then page through all 21 tables of the review.
execFileSync('node', ['--import', 'tsx', join(root, 'bench', 'scenarios.ts'), 'app-draft-20'], {
  cwd: root,
  env: appEnv,
});
const pages = Array.from({ length: 20 }, (_, i): Array<['wait' | 'keys', string]> => [
  ['keys', '\u001b[C'],
  ['wait', `审阅 ${i + 2}/21`],
]).flat();
const session = appSession(
  [['wait', '继续：'], ['keys', '\u001b[B\r'], ['wait', '审阅 1/21'], ...pages],
  appEnv,
);
rows.push({
  what: 'app session: resume a 20-project draft, page through its 21 tables',
  figure: `peak ${f1(session.peakRssMb)} MB; review on screen after ${f1(session.ms[1])} ms, all 21 tables after ${f1(session.ms.at(-1)!)} ms`,
  goal: 'peak < 150 MB',
});

const base = scenario('baseline');
rows.push({
  what: 'in-process scenarios below: the bare scenario process (Node + tsx + modules)',
  figure: `peak ${f1(base.peakRssMb)} MB`,
  goal: '',
});
for (const n of [1, 100, 1000]) {
  const r = scenario(`check-${n}`);
  rows.push({
    what: `check ${n} project table${n > 1 ? 's' : ''} in one process`,
    figure: `${f1(r.ms)} ms, ${r.tablesPerSecond} tables/s, peak ${f1(r.peakRssMb)} MB`,
    goal: n === 1000 ? '≥ 1,000 tables/s' : '',
  });
}
const imp = scenario('import-examples');
rows.push({
  what: `import the ${imp.files} examples (text, ${imp.tables} tables)`,
  figure: `${f1(imp.ms)} ms`,
  goal: '',
});
scenario('make-docx-200-pages');
const big = scenario('import-docx-200-pages');
rows.push({
  what: `import a generated ${big.pages}-page .docx (${big.tables} tables, ${big.sizeKb} KB)`,
  figure: `${f1(big.ms)} ms, peak ${f1(big.peakRssMb)} MB`,
  goal: '',
});
const draft = scenario('draft-offline-10');
rows.push({ what: 'offline draft of 10 projects', figure: `${draft.ms} ms`, goal: '< 50 ms' });
const llm = scenario('draft-llm-5');
rows.push({
  what: `LLM draft of 5 projects (${llm.calls} calls, 1 s latency each, 3 at a time)`,
  figure: `${llm.ms} ms; floor ${llm.floorMs} ms; overhead ${llm.overheadPct}%`,
  goal: 'overhead < 5%',
});

const seconds = ((performance.now() - started) / 1000).toFixed(0);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const table = [
  '| what | measured | goal |',
  '|---|---|---|',
  ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.goal} |`),
].join('\n');
const text = `# Benchmarks\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. Medians of ${RUNS} runs for whole processes; in-process figures are medians of several runs after a warm-up. The ratio to \`node -e 0\` is what counts on a noisy machine. The whole run took ${seconds} s.\n\n${table}\n`;
writeFileSync(join(root, 'BENCHMARKS.md'), text);
console.log(text);
