import { Text } from 'ink';
import { wrapText } from '../text/wrap.js';

/** The keys of a screen, dim, at the bottom: [["↑↓", "选择"], ["回车", "确定"], ["Esc", "返回"]]. */
export function HelpLine({ keys, width }: { keys: Array<[string, string]>; width: number }) {
  const text = keys.map(([key, label]) => `${key} ${label}`).join('  ');
  return (
    <>
      {wrapText(text, Math.max(10, width)).map((line, i) => (
        <Text key={i} dimColor>
          {line}
        </Text>
      ))}
    </>
  );
}

/** How many rows the help line takes at this width (screens reserve them). */
export function helpLineHeight(keys: Array<[string, string]>, width: number): number {
  return wrapText(keys.map(([key, label]) => `${key} ${label}`).join('  '), Math.max(10, width)).length;
}
