import { useStdout } from 'ink';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

export interface TerminalSize {
  columns: number;
  rows: number;
}

const SizeContext = createContext<TerminalSize | null>(null);

const CLEAR_SCREEN = '\u001b[2J\u001b[H';

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return { columns: stdout.columns || 100, rows: stdout.rows || 40 };
}

/**
 * Follows the terminal's size for the whole app (one listener). Its listener runs before Ink's, so
 * the frame Ink redraws is already laid out for the new width; when the width changes, the screen
 * is cleared first (the app is on the alternate screen), because the terminal re-wraps the old frame
 * and Ink, erasing as many lines as it drew, would leave the re-wrapped rest above the new one.
 */
export function TerminalSizeProvider({ children }: { children: ReactNode }) {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    let width = stdout.columns;
    const onResize = () => {
      if (stdout.isTTY && stdout.columns !== width) stdout.write(CLEAR_SCREEN);
      width = stdout.columns;
      setSize(sizeOf(stdout));
    };
    stdout.prependListener('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return <SizeContext.Provider value={size}>{children}</SizeContext.Provider>;
}

/** The terminal's size, following resizes. Unknown sizes (pipes, tests) count as 100 × 40. */
export function useTerminalSize(): TerminalSize {
  const size = useContext(SizeContext);
  const { stdout } = useStdout();
  return size ?? sizeOf(stdout);
}
