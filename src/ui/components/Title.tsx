import { Box, Text } from 'ink';
import { truncateTo, widthOf } from '../text/graphemes.js';
import { useGlyphs } from './Look.js';

/** The first row of every screen: what this is, and on the right where we are. */
export function Title({ title, right = '', width }: { title: string; right?: string; width: number }) {
  const glyphs = useGlyphs();
  const room = Math.max(4, width - widthOf(right) - 1);
  const shown = truncateTo(title, room);
  return (
    <Box flexDirection="column">
      <Box>
        <Text bold color="cyan">
          {shown}
        </Text>
        <Text>{' '.repeat(Math.max(1, width - widthOf(shown) - widthOf(right)))}</Text>
        <Text dimColor>{right}</Text>
      </Box>
      <Text dimColor>{glyphs.h.repeat(Math.max(1, width))}</Text>
    </Box>
  );
}
