import type { Finding, Severity } from '../domain/finding.js';

/** One checked file as `jixiao check` reports it (the shape of commands/check.ts's FileReport). */
export interface CheckedFile {
  file: string;
  unit?: string;
  tables: Array<{ kind: string; name: string }>;
  findings: Finding[];
  error?: string;
  /** 一级/二级/三级 of the indicators findings point at, by "tableIndex:indicatorIndex". */
  levels?: Record<string, [string, string, string]>;
}

/** One finding as a row of the summary: where (file, unit, table, 一级/二级/三级) and what. */
export interface FindingRow {
  file: string;
  unit: string;
  table: string;
  level1: string;
  level2: string;
  level3: string;
  rule: string;
  severity: Severity;
  message: string;
  suggestion: string;
}

export interface FileCounts {
  file: string;
  unit: string;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Why the file could not be read; '' when it was. */
  unreadable: string;
}

export interface RuleCounts {
  rule: string;
  errors: number;
  warnings: number;
  infos: number;
  /** How many files have at least one finding of the rule. */
  files: number;
}

export function findingRows(files: CheckedFile[]): FindingRow[] {
  return files.flatMap((file) =>
    file.findings.map((finding) => {
      const { tableIndex, indicatorIndex, indicator } = finding.location;
      const levels =
        tableIndex !== undefined && indicatorIndex !== undefined
          ? file.levels?.[`${tableIndex}:${indicatorIndex}`]
          : undefined;
      return {
        file: file.file,
        unit: file.unit ?? '',
        table: finding.location.table,
        level1: levels?.[0] ?? '',
        level2: levels?.[1] ?? '',
        level3: levels?.[2] ?? indicator ?? '',
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        suggestion: finding.suggestion ?? '',
      };
    }),
  );
}

const count = (findings: Finding[], severity: Severity): number =>
  findings.filter((f) => f.severity === severity).length;

export function countsByFile(files: CheckedFile[]): FileCounts[] {
  return files.map((file) => ({
    file: file.file,
    unit: file.unit ?? '',
    tables: file.tables.length,
    errors: count(file.findings, 'error'),
    warnings: count(file.findings, 'warning'),
    infos: count(file.findings, 'info'),
    unreadable: file.error ?? '',
  }));
}

/** Counts per rule, the rules with most findings first (ties by rule id, so the order is stable). */
export function countsByRule(files: CheckedFile[]): RuleCounts[] {
  const byRule = new Map<string, RuleCounts>();
  for (const file of files) {
    const seen = new Set<string>();
    for (const finding of file.findings) {
      const row = byRule.get(finding.rule) ?? {
        rule: finding.rule,
        errors: 0,
        warnings: 0,
        infos: 0,
        files: 0,
      };
      if (finding.severity === 'error') row.errors += 1;
      else if (finding.severity === 'warning') row.warnings += 1;
      else row.infos += 1;
      if (!seen.has(finding.rule)) row.files += 1;
      seen.add(finding.rule);
      byRule.set(finding.rule, row);
    }
  }
  const total = (r: RuleCounts): number => r.errors + r.warnings + r.infos;
  return [...byRule.values()].sort((a, b) => total(b) - total(a) || a.rule.localeCompare(b.rule));
}
