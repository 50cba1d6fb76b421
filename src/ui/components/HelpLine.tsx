import { Text } from 'ink';
import { widthOf } from '../text/graphemes.js';

/** The keys packed into rows of `width` columns, never splitting one key from its label. */
export function helpRows(keys: Array<[string, string]>, width: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const [key, label] of keys) {
    const item = `${key} ${label}`;
    if (row && widthOf(`${row}  ${item}`) > width) {
      rows.push(row);
      row = item;
    } else row = row ? `${row}  ${item}` : item;
  }
  if (row) rows.push(row);
  return rows;
}

/** The keys of a screen, dim, at the bottom: [["↑↓", "选择"], ["回车", "确定"], ["Esc", "返回"]]. */
export function HelpLine({ keys, width }: { keys: Array<[string, string]>; width: number }) {
  return (
    <>
      {helpRows(keys, Math.max(10, width)).map((line, i) => (
        <Text key={i} dimColor>
          {line}
        </Text>
      ))}
    </>
  );
}

/** How many rows the help line takes at this width (screens reserve them). */
export function helpLineHeight(keys: Array<[string, string]>, width: number): number {
  return helpRows(keys, Math.max(10, width)).length;
}
