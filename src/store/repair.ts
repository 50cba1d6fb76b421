import type { z } from 'zod';

/**
 * Repairs what was read from a settings or draft file field by field, so one bad field never costs
 * the valid ones: a value whose meaning is unambiguous is converted ("2025" → 2025, "true" → true,
 * 3 → "3"), a field that cannot be kept is put back to its default (or removed when it has none),
 * and only when that does not help is the smallest enclosing part removed. What was done is
 * returned field by field for the notice.
 */

export interface Repaired<T> {
  value: T | null;
  /** "unit.year：“2025” → 2025" */
  coerced: string[];
  /** Paths put back to their default or removed. */
  reset: string[];
}

type Path = Array<string | number>;

export function repairFields<T>(
  schema: z.ZodType<T>,
  raw: unknown,
  /** The default for a path, or undefined to remove the field. */
  fallback: (path: Path) => unknown = () => undefined,
): Repaired<T> {
  const data = structuredClone(raw);
  const coerced: string[] = [];
  const reset: string[] = [];
  const tried = new Map<string, number>();
  for (let round = 0; round < 200; round += 1) {
    const parsed = schema.safeParse(data);
    if (parsed.success) return { value: parsed.data, coerced, reset: outermost(reset) };
    for (const issue of parsed.error.issues) {
      let path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      if (path.length === 0) return { value: null, coerced, reset };
      const current = getAt(data, path);
      const converted = issue.code === 'invalid_type' ? convert(current, issue.expected) : NO;
      if (converted !== NO) {
        setAt(data, path, converted);
        coerced.push(`${formatPath(path)}：${show(current)} → ${show(converted)}`);
        continue;
      }
      // Each attempt at a path goes one step further: its default, then removing it, then its parent.
      const key = formatPath(path);
      const attempts = tried.get(key) ?? 0;
      tried.set(key, attempts + 1);
      if (attempts >= 2) path = path.slice(0, -1);
      if (path.length === 0) return { value: null, coerced, reset };
      const replacement = attempts === 0 ? fallback(path) : undefined;
      const label = formatPath(path);
      if (!reset.includes(label)) reset.push(label);
      if (replacement !== undefined) setAt(data, path, structuredClone(replacement));
      // Removing an array item moves the later ones: the remaining issues are found again.
      else if (removeAt(data, path)) break;
    }
  }
  return { value: null, coerced, reset };
}

/** A reset part once: "step" rather than "step.section、step". */
function outermost(paths: string[]): string[] {
  return paths.filter((p) => !paths.some((o) => o !== p && (p.startsWith(`${o}.`) || p.startsWith(`${o}[`))));
}

const NO = Symbol('no conversion');

function convert(value: unknown, expected: string): unknown {
  if (expected === 'number' || expected === 'int') {
    if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
      const n = Number(value);
      if (Number.isFinite(n) && (expected === 'number' || Number.isInteger(n))) return n;
    }
    return NO;
  }
  if (expected === 'boolean' && typeof value === 'string') {
    if (/^\s*true\s*$/i.test(value)) return true;
    if (/^\s*false\s*$/i.test(value)) return false;
    return NO;
  }
  if (expected === 'string' && typeof value === 'number' && Number.isFinite(value)) return String(value);
  return NO;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
}

function getAt(data: unknown, path: Path): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function setAt(data: unknown, path: Path, value: unknown): void {
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/** Removes the field or array item; true when items of an array moved. */
function removeAt(data: unknown, path: Path): boolean {
  const parent = getAt(data, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') {
    parent.splice(key, 1);
    return true;
  }
  if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[key];
  return false;
}
