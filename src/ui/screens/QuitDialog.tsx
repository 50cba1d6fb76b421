import { Box, Text } from 'ink';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useGlyphs } from '../components/Look.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';
import { keyMatcher } from '../keys/bindings.js';

/** Forms whose typed text is not part of the draft until saved (the interview's answer is kept). */
const UNSAVED_FORMS = new Set(['edit', 'header', 'keep', 'table-text']);

/** Ctrl+C asks first; the draft (and the text being typed) is saved before leaving. */
export function QuitDialog({ state, dispatch, isActive }: ScreenProps<'quit'>) {
  const { columns } = useTerminalSize();
  const glyphs = useGlyphs();
  useKeys(
    (input, key) => {
      const is = keyMatcher(input, key);
      if (is('yes') || is('quit')) dispatch({ type: 'confirm-quit' });
      else if (is('no') || is('back') || is('confirm')) dispatch({ type: 'cancel-quit' });
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
        {!state.draft
          ? '没有未保存的内容。'
          : UNSAVED_FORMS.has(state.screen.back.kind)
            ? '草稿已保存，但正在编辑的这一项还没有保存：退出会丢掉这次修改。要保留，按 n 回去按 Ctrl+D 保存。'
            : '草稿已保存（包括正在输入的内容），下次可在开始界面继续。'}
      </Text>
      <Text>
        <Text color="yellow">y</Text> 退出 <Text color="yellow">n</Text> 继续使用
      </Text>
    </Box>
  );
}
