import { nextBoundary, previousBoundary } from './graphemes.js';
import { cursorCell, layoutRows, offsetAt } from './wrap.js';

/** The text of an input and its cursor (a UTF-16 offset, always on a grapheme boundary). */
export interface EditorState {
  text: string;
  cursor: number;
}

/** Editor with undo: `past` holds earlier states, newest last. */
export interface Editor {
  present: EditorState;
  past: EditorState[];
}

export type EditorAction =
  | { type: 'insert'; chunk: string; multiline: boolean }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'up'; width: number }
  | { type: 'down'; width: number }
  | { type: 'clear' }
  | { type: 'undo' };

const MAX_UNDO = 200;

export function createEditor(text = ''): Editor {
  return { present: { text, cursor: text.length }, past: [] };
}

/**
 * Cleans what a terminal delivers as typed or pasted text: line ends made `\n` (or spaces in a
 * one-line field), bracketed-paste markers, other escape sequences and control characters dropped,
 * tabs made spaces.
 */
export function cleanChunk(chunk: string, multiline: boolean): string {
  let text = chunk
    // eslint-disable-next-line no-control-regex -- bracketed-paste markers (ESC [200~ / ESC [201~)
    .replace(/\u001b\[20[01]~/g, '')
    // eslint-disable-next-line no-control-regex -- any other terminal escape sequence pasted with the text
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ');
  // eslint-disable-next-line no-control-regex -- control characters other than the line break are dropped from pasted text
  text = text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');
  return multiline ? text : text.replace(/\n+/g, ' ');
}

function edit(editor: Editor, present: EditorState): Editor {
  if (present.text === editor.present.text) return { ...editor, present };
  return { present, past: [...editor.past.slice(-(MAX_UNDO - 1)), editor.present] };
}

function move(editor: Editor, cursor: number): Editor {
  return { ...editor, present: { ...editor.present, cursor } };
}

function lineStart(text: string, cursor: number): number {
  return text.lastIndexOf('\n', cursor - 1) + 1;
}

function lineEnd(text: string, cursor: number): number {
  const end = text.indexOf('\n', cursor);
  return end === -1 ? text.length : end;
}

function vertical(editor: Editor, width: number, delta: number): Editor {
  const { text, cursor } = editor.present;
  const rows = layoutRows(text, width);
  const here = cursorCell(rows, cursor);
  const target = here.row + delta;
  if (target < 0) return move(editor, 0);
  if (target >= rows.length) return move(editor, text.length);
  return move(editor, offsetAt(rows, target, here.col));
}

export function editorReducer(editor: Editor, action: EditorAction): Editor {
  const { text, cursor } = editor.present;
  switch (action.type) {
    case 'insert': {
      const chunk = cleanChunk(action.chunk, action.multiline);
      if (!chunk) return editor;
      return edit(editor, {
        text: text.slice(0, cursor) + chunk + text.slice(cursor),
        cursor: cursor + chunk.length,
      });
    }
    case 'backspace': {
      if (cursor === 0) return editor;
      const from = previousBoundary(text, cursor);
      return edit(editor, { text: text.slice(0, from) + text.slice(cursor), cursor: from });
    }
    case 'delete': {
      if (cursor >= text.length) return editor;
      const to = nextBoundary(text, cursor);
      return edit(editor, { text: text.slice(0, cursor) + text.slice(to), cursor });
    }
    case 'left':
      return move(editor, previousBoundary(text, cursor));
    case 'right':
      return move(editor, nextBoundary(text, cursor));
    case 'home':
      return move(editor, lineStart(text, cursor));
    case 'end':
      return move(editor, lineEnd(text, cursor));
    case 'up':
      return vertical(editor, action.width, -1);
    case 'down':
      return vertical(editor, action.width, 1);
    case 'clear':
      return text ? edit(editor, { text: '', cursor: 0 }) : editor;
    case 'undo': {
      const previous = editor.past[editor.past.length - 1];
      return previous ? { present: previous, past: editor.past.slice(0, -1) } : editor;
    }
  }
}
