import { Box, Text, useCursor, type Key } from 'ink';
import { useLayoutEffect, useRef } from 'react';
import { createEditor, editorReducer, type EditorAction } from '../text/editor.js';
import { useSyncState } from '../hooks/useSyncState.js';
import { graphemes, widthOf } from '../text/graphemes.js';
import { cursorCell, layoutRows } from '../text/wrap.js';
import { useOrigin } from '../hooks/useOrigin.js';
import { useKeys } from '../hooks/useKeys.js';
import { NO_KEY } from '../keys/bindings.js';

export interface TextInputProps {
  /** Starting text (the input keeps its own text afterwards; remount with a `key` to reset). */
  initial?: string;
  isActive: boolean;
  /** Columns the input may use. */
  width: number;
  /** Multi-line mode: Enter makes a new line and Ctrl+D finishes. */
  multiline?: boolean;
  /** Rows shown at most (multi-line); the view follows the cursor. */
  maxRows?: number;
  placeholder?: string;
  onSubmit: (text: string) => void;
  onChange?: (text: string) => void;
  /** Keys the input does not use (Esc, Tab, PgUp, Ctrl+letters other than its own). */
  onKey?: (input: string, key: Key) => void;
  /** The starting text is selected: typing replaces it, Backspace removes it, an arrow keeps it. */
  selected?: boolean;
}

/** The rows to draw and the cursor cell within them, for a text, its cursor and a width. */
export function inputView(text: string, cursor: number, width: number, maxRows: number) {
  // One column is kept free so the cursor after the last character stays on its row.
  const rows = layoutRows(text, Math.max(2, width - 1));
  const cell = cursorCell(rows, cursor);
  const first = Math.max(0, Math.min(cell.row - maxRows + 1, rows.length - maxRows));
  const top = Math.min(first, cell.row);
  return {
    lines: rows.slice(top, top + maxRows).map((r) => r.text),
    cursor: { row: cell.row - top, col: cell.col },
    hiddenAbove: top,
    hiddenBelow: Math.max(0, rows.length - top - maxRows),
  };
}

/**
 * Text entry that works with Chinese input methods: the real terminal cursor is placed after the
 * text (useCursor), so the IME's candidate window opens there; editing is by grapheme; a paste
 * arrives as one chunk and is one undo step.
 */
export function TextInput({
  initial = '',
  isActive,
  width,
  multiline = false,
  maxRows = 1,
  placeholder,
  onSubmit,
  onChange,
  onKey,
  selected = false,
}: TextInputProps) {
  const [editor, setEditor, editorRef] = useSyncState(() => createEditor(initial));
  const [selection, setSelection, selectionRef] = useSyncState(selected && initial !== '');
  const onChangeRef = useRef(onChange);
  // The latest onChange, for key handlers that run after this render has been committed.
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });
  // Applied at once (not in an effect) so the screen hears of a change before a later key, such as Enter, is handled.
  const dispatch = (action: EditorAction) => {
    if (selectionRef.current) {
      setSelection(false);
      if (action.type === 'insert' || action.type === 'backspace' || action.type === 'delete')
        setEditor((current) => editorReducer(current, { type: 'clear' }));
      if (action.type === 'backspace' || action.type === 'delete') {
        onChangeRef.current?.('');
        return;
      }
    }
    const before = editorRef.current.present.text;
    const after = setEditor((current) => editorReducer(current, action)).present.text;
    if (after !== before) onChangeRef.current?.(after);
  };
  const { text, cursor } = editor.present;
  const rowsShown = multiline ? Math.max(1, maxRows) : 1;
  const view = multiline ? inputView(text, cursor, width, rowsShown) : singleLineView(text, cursor, width);
  const [ref, origin] = useOrigin();
  const { setCursorPosition } = useCursor();
  setCursorPosition(
    isActive
      ? { x: origin.x + view.cursor.col, y: origin.y + view.cursor.row + (view.hiddenAbove > 0 ? 1 : 0) }
      : undefined,
  );

  const handle = (input: string, key: Key): void => {
    if (key.return) {
      if (multiline) dispatch({ type: 'insert', chunk: '\n', multiline });
      else onSubmit(editorRef.current.present.text);
      return;
    }
    if (key.ctrl) {
      if (input === 'z') {
        // Nothing left to undo in this field: the screen may undo its last step.
        if (editorRef.current.past.length > 0) dispatch({ type: 'undo' });
        else onKey?.(input, key);
      } else if (input === 'a') dispatch({ type: 'home' });
      else if (input === 'e') dispatch({ type: 'end' });
      else if (input === 'u') dispatch({ type: 'clear' });
      else if (input === 'd' && multiline) onSubmit(editorRef.current.present.text);
      else onKey?.(input, key);
      return;
    }
    if (key.backspace || key.delete) dispatch({ type: 'backspace' });
    else if (key.leftArrow) dispatch({ type: 'left' });
    else if (key.rightArrow) dispatch({ type: 'right' });
    else if (key.home) dispatch({ type: 'home' });
    else if (key.end) dispatch({ type: 'end' });
    else if (key.upArrow && multiline) dispatch({ type: 'up', width: Math.max(2, width - 1) });
    else if (key.downArrow && multiline) dispatch({ type: 'down', width: Math.max(2, width - 1) });
    else if (key.escape || key.tab || key.upArrow || key.downArrow || key.pageUp || key.pageDown || key.meta)
      onKey?.(input, key);
    else if (input) {
      // Keys typed quickly can arrive in one chunk with the text ("≥80%" then Ctrl+D, or a line
      // and Enter): the text is inserted and each control key handled in order. In a one-line
      // field a line break inside a paste is a space, only a final one is Enter.
      const parts = input.replace(/\r\n/g, '\r').match(CONTROL_SPLIT) ?? [];
      parts.forEach((part, i) => {
        const control = CONTROL_KEYS[part];
        if (!control) dispatch({ type: 'insert', chunk: part, multiline });
        else if (part === '\r' && !multiline && i < parts.length - 1)
          dispatch({ type: 'insert', chunk: ' ', multiline });
        else handle(control.input, { ...NO_KEY, ...control.key });
      });
    }
  };
  useKeys(handle, { isActive, text: true });

  return (
    <Box ref={ref} flexDirection="column" width={width}>
      {view.hiddenAbove > 0 ? <Text dimColor>{`↑ 上面还有 ${view.hiddenAbove} 行`}</Text> : null}
      {text === '' && placeholder ? (
        <Text dimColor>{placeholder}</Text>
      ) : (
        view.lines.map((line, i) => (
          <Text key={i} inverse={selection}>
            {line === '' ? ' ' : line}
          </Text>
        ))
      )}
      {view.hiddenBelow > 0 ? <Text dimColor>{`↓ 下面还有 ${view.hiddenBelow} 行`}</Text> : null}
    </Box>
  );
}

/** Control characters inside a chunk of text, as the keys they are. */
const CONTROL_KEYS: Record<string, { input: string; key: Partial<Key> }> = {
  '\r': { input: '', key: { return: true } },
  '\u007f': { input: '', key: { backspace: true } },
  '\b': { input: '', key: { backspace: true } },
  '\u0001': { input: 'a', key: { ctrl: true } },
  '\u0004': { input: 'd', key: { ctrl: true } },
  '\u0005': { input: 'e', key: { ctrl: true } },
  '\u0015': { input: 'u', key: { ctrl: true } },
  '\u001a': { input: 'z', key: { ctrl: true } },
};
const CONTROL_SPLIT =
  // eslint-disable-next-line no-control-regex -- the control keys a terminal sends (Ctrl+A/D/E/U/Z, DEL) split the typed chunk
  /[\r\u007f\b\u0001\u0004\u0005\u0015\u001a]|[^\r\u007f\b\u0001\u0004\u0005\u0015\u001a]+/g;

/** A one-line field scrolls sideways so the cursor stays visible; … marks text out of view. */
export function singleLineView(text: string, cursor: number, width: number) {
  const usable = Math.max(3, width - 1);
  const parts = graphemes(text);
  const widths = parts.map(widthOf);
  const total = widths.reduce((a, b) => a + b, 0);
  let at = 0; // grapheme index of the cursor
  for (let o = 0; at < parts.length && o < cursor; at++) o += parts[at].length;
  if (total <= usable) {
    return {
      lines: [text],
      cursor: { row: 0, col: widths.slice(0, at).reduce((a, b) => a + b, 0) },
      hiddenAbove: 0,
      hiddenBelow: 0,
    };
  }
  let start = at;
  let used = 0;
  while (start > 0 && used + widths[start - 1] <= usable - 2) used += widths[--start];
  let end = at;
  let after = 0;
  while (end < parts.length && used + after + widths[end] <= usable - 2) after += widths[end++];
  const lead = start > 0 ? '…' : '';
  const tail = end < parts.length ? '…' : '';
  return {
    lines: [lead + parts.slice(start, end).join('') + tail],
    cursor: { row: 0, col: lead.length + used },
    hiddenAbove: 0,
    hiddenBelow: 0,
  };
}
