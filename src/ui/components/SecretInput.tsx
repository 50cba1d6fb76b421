import { Box, Text, useCursor, type Key } from 'ink';
import { useSyncState } from '../hooks/useSyncState.js';
import { useKeys } from '../hooks/useKeys.js';
import { useOrigin } from '../hooks/useOrigin.js';

/**
 * Entry of a secret (an API key): typed or pasted, never drawn — only a dot per character, at most
 * `width` of them, and a count. Backspace deletes the last character, Ctrl+U clears, Enter submits.
 */
export function SecretInput({
  isActive,
  width,
  onSubmit,
  onKey,
}: {
  isActive: boolean;
  width: number;
  onSubmit: (secret: string) => void;
  onKey?: (input: string, key: Key) => void;
}) {
  const [secret, setSecret, secretRef] = useSyncState('');
  const [ref, origin] = useOrigin();
  const { setCursorPosition } = useCursor();
  const dots = Math.min(secret.length, Math.max(1, width - 12));
  setCursorPosition(isActive ? { x: origin.x + dots, y: origin.y } : undefined);

  useKeys(
    (input, key) => {
      if (key.return) return onSubmit(secretRef.current);
      if (key.ctrl && input === 'u') return void setSecret('');
      if (key.backspace || key.delete) return void setSecret((s) => s.slice(0, -1));
      if (
        key.escape ||
        key.ctrl ||
        key.meta ||
        key.tab ||
        key.upArrow ||
        key.downArrow ||
        key.leftArrow ||
        key.rightArrow
      )
        return onKey?.(input, key);
      if (!input) return;
      // A paste may end with Enter: the key is what came before it.
      const text = input.replace(/[\r\n]+$/, '');
      const next = setSecret((s) => s + text.replace(/[\r\n]/g, ''));
      if (text !== input) onSubmit(next);
    },
    { isActive, text: true },
  );

  return (
    <Box ref={ref}>
      <Text>{'•'.repeat(dots)}</Text>
      <Text dimColor>{secret.length > 0 ? `  （${secret.length} 个字符）` : '粘贴或输入 API Key'}</Text>
    </Box>
  );
}
