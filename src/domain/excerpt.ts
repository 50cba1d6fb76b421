/**
 * At most a short excerpt of a field for a message or a heading: a message never quotes a whole
 * field (a 100 MB 项目名称 once made a 100 MB report). Counts characters, not UTF-16 units.
 */
export function excerpt(value: unknown, max = 40): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max * 2 + 2));
  if (chars.length <= max) return text;
  return `${chars.slice(0, max).join('')}…（共 ${text.length} 字）`;
}
