import { JixiaoDocument, type Framework } from '../domain/document.js';
import type { Finding, Severity } from '../domain/finding.js';
import { rules as registeredRules, ruleCrashed, schemaInvalid } from './index.js';
import { formatMessage } from './messages.js';
import type { MessageData, Report, Rule, RuleMeta } from './types.js';

export interface CheckOptions {
  framework?: Framework;
  rules?: Rule[];
}

export interface CheckResult {
  /** The validated document, or null when it breaks the schema (then only schema findings). */
  document: JixiaoDocument | null;
  findings: Finding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Validates with zod, runs every rule (a crashing rule becomes one finding), keeps kept errors as info, dedupes, sorts. */
export function checkDocument(input: unknown, options: CheckOptions = {}): CheckResult {
  const parsed = JixiaoDocument.safeParse(input);
  if (!parsed.success) {
    const findings: Finding[] = parsed.error.issues.slice(0, 50).map((issue) =>
      toFinding(schemaInvalid, {
        messageId: 'invalid',
        data: { path: issue.path.join('.') || '（根）', issue: issue.message },
        location: { table: '（文档）', field: issue.path.join('.') },
        suggestion: '请对照 schemas/document.schema.json 修正该字段，或重新用 jixiao import 生成文档。',
      }),
    );
    return { document: null, findings };
  }
  const document = parsed.data;
  const framework = options.framework ?? document.unit.framework;
  const findings: Finding[] = [];
  for (const rule of options.rules ?? registeredRules) {
    try {
      // All or nothing: a report whose message cannot be filled crashes the whole rule.
      findings.push(...rule.check({ document, framework }).map((report) => toFinding(rule.meta, report)));
    } catch (error) {
      findings.push(
        toFinding(ruleCrashed, {
          messageId: 'crashed',
          data: { rule: rule.meta.id, error: error instanceof Error ? error.message : String(error) },
          location: { table: '（文档）' },
          suggestion: '其余检查结果不受影响。请把此文件发给开发者以便修复。',
        }),
      );
    }
  }
  return { document, findings: sortFindings(dedupe(applyKeptReasons(document, findings))) };
}

/** A report as a finding: the rule's id and severity, the message filled from its template. */
function toFinding(meta: RuleMeta, report: Report): Finding {
  const { messageId, data, severity, ...rest } = report;
  return {
    rule: meta.id,
    severity: severity ?? meta.severity,
    message: formatMessage(meta.messages, messageId, data),
    messageId,
    ...(data ? { data: data satisfies MessageData } : {}),
    ...rest,
  };
}

/**
 * An error the reviewer chose to keep, with a reason, is reported as info carrying that reason:
 * in `kept` for programs (decide by it), in the message for people.
 */
function applyKeptReasons(document: JixiaoDocument, findings: Finding[]): Finding[] {
  return findings.map((finding) => {
    const { tableIndex, indicatorIndex } = finding.location;
    if (finding.severity !== 'error' || tableIndex === undefined || indicatorIndex === undefined)
      return finding;
    const reason = document.tables[tableIndex]?.indicators[indicatorIndex]?.keptReason;
    return reason
      ? {
          ...finding,
          severity: 'info',
          message: `${finding.message}（已保留，理由：${reason}）`,
          kept: { reason },
        }
      : finding;
  });
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.message}\u0000${JSON.stringify(f.location)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort(
      (a, b) =>
        (a.finding.location.tableIndex ?? -1) - (b.finding.location.tableIndex ?? -1) ||
        (a.finding.location.indicatorIndex ?? -1) - (b.finding.location.indicatorIndex ?? -1) ||
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        a.order - b.order,
    )
    .map(({ finding }) => finding);
}

export function countBySeverity(findings: Finding[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}
