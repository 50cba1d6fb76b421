import { Box, Text } from 'ink';
import { render } from 'ink-testing-library';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { inputView, singleLineView, TextInput } from '../../src/ui/components/TextInput.js';
import { KEY } from './support/app.js';

function Harness({ multiline = false, initial = '' }: { multiline?: boolean; initial?: string }) {
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [live, setLive] = useState(initial);
  return (
    <Box flexDirection="column">
      <TextInput
        initial={initial}
        isActive
        width={40}
        multiline={multiline}
        maxRows={6}
        onChange={setLive}
        onSubmit={setSubmitted}
      />
      <Text>{`值=[${live}]`}</Text>
      <Text>{submitted === null ? '未提交' : `提交=[${submitted}]`}</Text>
    </Box>
  );
}

function setup(props: { multiline?: boolean; initial?: string } = {}) {
  const app = render(<Harness {...props} />);
  const frame = () => app.lastFrame() ?? '';
  return {
    app,
    frame,
    async press(...keys: string[]) {
      for (const key of keys) {
        app.stdin.write(key);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    async value(text: string) {
      await vi.waitFor(() => expect(frame()).toContain(`值=[${text}]`));
    },
  };
}

describe('TextInput', () => {
  it('takes Chinese typed character by character and deletes it the same way', async () => {
    const t = setup();
    for (const c of '青石街道办事处') await t.press(c);
    await t.value('青石街道办事处');
    await t.press(KEY.backspace, KEY.backspace, KEY.backspace);
    await t.value('青石街道');
    await t.press(KEY.enter);
    await vi.waitFor(() => expect(t.frame()).toContain('提交=[青石街道]'));
  });

  it('deletes 𠮷 and emoji as one character each, never half', async () => {
    const t = setup();
    for (const c of ['𠮷', '野', '家', '👍🏽', '👨‍👩‍👧']) await t.press(c);
    await t.value('𠮷野家👍🏽👨‍👩‍👧');
    await t.press(KEY.backspace);
    await t.value('𠮷野家👍🏽');
    await t.press(KEY.backspace);
    await t.value('𠮷野家');
    await t.press(KEY.left, KEY.left, KEY.backspace);
    await t.value('野家');
    await t.press(KEY.right, '之');
    await t.value('野之家');
  });

  it('takes a paste as one chunk, and Ctrl+Z takes the whole paste back', async () => {
    const t = setup();
    await t.press('职能：');
    await t.press('负责辖区社区建设、综合治理和公共服务𠮷');
    await t.value('职能：负责辖区社区建设、综合治理和公共服务𠮷');
    await t.press(KEY.ctrlZ);
    await t.value('职能：');
  });

  it('a one-line field turns pasted line breaks into spaces; a chunk ending in Enter submits', async () => {
    const t = setup();
    await t.press('第一行\r\n第二行\r');
    await vi.waitFor(() => expect(t.frame()).toContain('提交=[第一行 第二行]'));
  });

  it('multi-line mode: Enter makes a new line, a pasted 职能 text keeps its lines, Ctrl+D finishes', async () => {
    const t = setup({ multiline: true });
    await t.press('1.负责辖区治理；\r2.组织公共服务；\r3.做好信访维稳工作。');
    await t.press(KEY.enter, '4.其他');
    await t.value('1.负责辖区治理；\n2.组织公共服务；\n3.做好信访维稳工作。\n4.其他');
    expect(t.frame()).toContain('2.组织公共服务；');
    await t.press(KEY.ctrlD);
    await vi.waitFor(() => expect(t.frame()).toContain('提交=[1.负责辖区治理；'));
  });

  it('Ctrl+U clears and Ctrl+Z brings the text back', async () => {
    const t = setup({ initial: '某局' });
    await t.value('某局');
    await t.press(KEY.ctrlU);
    await t.value('');
    await t.press(KEY.ctrlZ);
    await t.value('某局');
  });
});

describe('input layout', () => {
  it('wraps Chinese by width and puts the cursor after the last character', () => {
    const view = inputView('一二三四五六七', 7, 9, 5); // 8 usable columns = 4 characters a row
    expect(view.lines).toEqual(['一二三四', '五六七']);
    expect(view.cursor).toEqual({ row: 1, col: 6 });
  });

  it('keeps the cursor row in view when the text is taller than the box', () => {
    const text = Array.from({ length: 10 }, (_, i) => `第${i}行`).join('\n');
    const view = inputView(text, text.length, 20, 3);
    expect(view.lines).toEqual(['第7行', '第8行', '第9行']);
    expect(view.hiddenAbove).toBe(7);
    expect(view.cursor.row).toBe(2);
  });

  it('a long one-line value scrolls so the cursor stays visible', () => {
    const text = '青石街道办事处老旧小区改造提升工程项目';
    const view = singleLineView(text, text.length, 12);
    expect(view.lines[0].startsWith('…')).toBe(true);
    expect(view.lines[0].endsWith('项目')).toBe(true);
    expect(view.cursor.col).toBeLessThanOrEqual(11);
    expect(singleLineView('短', 1, 12)).toMatchObject({ lines: ['短'], cursor: { row: 0, col: 2 } });
  });
});

describe('keys that arrive in one chunk with the text', () => {
  it('Ctrl+D after the text finishes a multi-line field', async () => {
    const t = setup({ multiline: true });
    await t.press('第一行\r第二行\u0004');
    await vi.waitFor(() => expect(t.frame()).toContain('提交=[第一行\n第二行]'));
  });

  it('Backspace and Ctrl+U inside a chunk act as keys', async () => {
    const t = setup();
    await t.press('青石街道𠮷\u007f办事处');
    await t.value('青石街道办事处');
    await t.press('多余\u0015某局');
    await t.value('某局');
  });
});
