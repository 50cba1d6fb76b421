import { type AnySelfEvalTable, type JixiaoDocument } from '../../domain/document.js';
import { isSelfEvaluation } from '../../domain/table-kind.js';

/** The self-evaluation tables of a document (both kinds), with their index in `document.tables`. */
export function selfEvalTables(
  document: JixiaoDocument,
): Array<{ table: AnySelfEvalTable; tableIndex: number }> {
  return document.tables.flatMap((table, tableIndex) =>
    isSelfEvaluation(table) ? [{ table, tableIndex }] : [],
  );
}

/** The section a funds finding points at, as the table names it. */
export function fundsSection(table: AnySelfEvalTable): string {
  return table.kind === 'department-self-evaluation' ? '年度预算执行情况' : '项目资金';
}

/** A funds row's name without the "其中：" that introduces the parts. */
export function fundLabel(label: string): string {
  return label.replace(/^其中[:：]?/, '').trim() || label;
}
