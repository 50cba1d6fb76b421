import { Text } from 'ink';
import { wrapText } from '../text/wrap.js';

/** Text wrapped by display width (our own wrapping, so Chinese lines break where they should). */
export function Paragraph({
  children,
  width,
  color,
  dim,
  bold,
  prefix = '',
}: {
  children: string;
  width: number;
  color?: string;
  dim?: boolean;
  bold?: boolean;
  prefix?: string;
}) {
  const indent = ' '.repeat(prefix ? [...prefix].length : 0);
  return (
    <>
      {wrapText(children, Math.max(4, width - indent.length)).map((line, i) => (
        <Text key={i} color={color} dimColor={dim} bold={bold}>
          {(i === 0 ? prefix : indent) + line}
        </Text>
      ))}
    </>
  );
}
