import { Box, Text } from 'ink';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useGlyphs } from '../components/Look.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';

/** Ctrl+C asks first; the draft (and the text being typed) is saved before leaving. */
export function QuitDialog({ state, dispatch, isActive }: ScreenProps<'quit'>) {
  const { columns } = useTerminalSize();
  const glyphs = useGlyphs();
  useKeys(
    (input, key) => {
      if (input === 'y' || input === 'Y' || (key.ctrl && input === 'c')) dispatch({ type: 'confirm-quit' });
      else if (input === 'n' || input === 'N' || key.escape || key.return) dispatch({ type: 'cancel-quit' });
    },
    { isActive },
  );
  return (
    <Box
      borderStyle={glyphs.border}
      borderColor="yellow"
      flexDirection="column"
      paddingX={1}
      width={Math.min(columns, 60)}
    >
      <Text bold>退出 jixiao？</Text>
      <Text>
        {state.draft ? '草稿已保存（包括正在输入的内容），下次可在开始界面继续。' : '没有未保存的内容。'}
      </Text>
      <Text>
        <Text color="yellow">y</Text> 退出 <Text color="yellow">n</Text> 继续使用
      </Text>
    </Box>
  );
}
