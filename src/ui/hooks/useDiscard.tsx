import { Text } from 'ink';
import { useState } from 'react';
import { keyMatcher } from '../keys/bindings.js';
import { useKeys } from './useKeys.js';

/**
 * Esc on a form: leaves at once when nothing was changed, otherwise asks first ("放弃修改？y 放弃，
 * n 继续修改"). While it asks, the form's own keys are off (`asking`).
 */
export function useDiscard(changed: boolean, leave: () => void, isActive: boolean) {
  const [asking, setAsking] = useState(false);
  useKeys(
    (input, key) => {
      const is = keyMatcher(input, key);
      if (is('yes')) {
        setAsking(false);
        leave();
      } else if (is('no') || is('back') || is('confirm')) setAsking(false);
    },
    { isActive: isActive && asking },
  );
  return {
    asking,
    /** What Esc does on the form. */
    escape: () => (changed ? setAsking(true) : leave()),
    prompt: asking ? <Text color="yellow">放弃这次修改？按 y 放弃，n 或 Esc 继续修改。</Text> : null,
  };
}
