/**
 * One benchmark scenario per process, so each reports its own peak memory:
 *   node --import tsx bench/scenarios.ts <name>   → prints one JSON line {name, ...figures, peakRssMb}
 */
import { checkDocument } from '../src/rules/engine.js';
import { generatedDocument } from './generate.js';

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
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const scenarios: Record<string, () => Promise<Figures>> = {
  async 'check-1'() {
    return checkTables(1);
  },
  async 'check-100'() {
    return checkTables(100);
  },
  async 'check-1000'() {
    return checkTables(1000);
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
