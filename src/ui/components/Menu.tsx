import { Box, Text } from 'ink';
import { truncateTo, widthOf } from '../text/graphemes.js';
import { useGlyphs } from './Look.js';

export interface MenuItem {
  label: string;
  /** A dim note after the label. */
  note?: string;
}

/** A vertical list with one selected item; shows a window of `height` items around the selection. */
export function Menu({
  items,
  selected,
  width,
  height = items.length,
}: {
  items: MenuItem[];
  selected: number;
  width: number;
  height?: number;
}) {
  const glyphs = useGlyphs();
  const size = Math.max(1, height);
  const top = Math.max(0, Math.min(selected - Math.floor(size / 2), items.length - size));
  const shown = items.slice(top, top + size);
  return (
    <Box flexDirection="column">
      {top > 0 ? <Text dimColor>{`  ↑ 还有 ${top} 项`}</Text> : null}
      {shown.map((item, i) => {
        const index = top + i;
        const active = index === selected;
        const label = truncateTo(item.label, width - 3);
        const room = width - 5 - widthOf(label);
        const note = item.note && room > 3 ? truncateTo(item.note, room) : '';
        return (
          <Text key={index} color={active ? 'cyan' : undefined} bold={active}>
            {`${active ? glyphs.pointer : ' '} ${label}`}
            {note ? <Text dimColor bold={false}>{`  ${note}`}</Text> : null}
          </Text>
        );
      })}
      {top + size < items.length ? <Text dimColor>{`  ↓ 还有 ${items.length - top - size} 项`}</Text> : null}
    </Box>
  );
}

/** Moves a selection by `delta`, wrapping around. */
export function moveSelection(selected: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return (((selected + delta) % count) + count) % count;
}
