import { Box, Text } from 'ink';
import { useState } from 'react';
import { useSyncState } from '../hooks/useSyncState.js';
import type { Settings } from '../../store/settings-schema.js';
import { HelpLine } from '../components/HelpLine.js';
import { Menu, moveSelection } from '../components/Menu.js';
import { Paragraph } from '../components/Paragraph.js';
import { TextInput } from '../components/TextInput.js';
import { Title } from '../components/Title.js';
import { errorText } from '../format.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useServices } from '../services.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';
import { keyMatcher } from '../keys/bindings.js';

const FRAMEWORKS = { local: '地方通行体系', 'central-2021': '财预〔2021〕101号体系' } as const;
type TextSetting = 'exportDir' | 'fontBody' | 'fontHeading';
const TEXT_SETTINGS: Record<TextSetting, { label: string; placeholder: string }> = {
  exportDir: { label: '导出文件夹', placeholder: '留空表示“文档”文件夹' },
  fontBody: { label: 'Word 正文字体', placeholder: '例如 仿宋' },
  fontHeading: { label: 'Word 标题字体', placeholder: '例如 黑体' },
};
const DISPLAYS = {
  auto: '自动判断',
  unicode: '制表符边框',
  ascii: '纯 ASCII 边框（边框错位时选这个）',
} as const;

function cycle<T extends string>(options: Record<T, string>, current: T): T {
  const keys = Object.keys(options) as T[];
  return keys[(keys.indexOf(current) + 1) % keys.length];
}

/** The settings the app uses: default framework, export folder, frame style. Saved at once. */
export function SettingsScreen({ state, dispatch, isActive }: ScreenProps<'settings'>) {
  const { columns } = useTerminalSize();
  const services = useServices();
  const [selected, setSelected, selectedRef] = useSyncState(0);
  const [editing, setEditing] = useState<TextSetting | null>(null);
  const [error, setError] = useState<string | null>(null);
  const s = state.settings;
  const save = (next: Settings, message: string) => {
    services.settings.save(next).then(
      (settings) => {
        dispatch({ type: 'settings-saved', settings, message });
        setError(null);
      },
      (e) => setError(errorText(e)),
    );
  };
  const items: Array<{ label: string; act: () => void; options?: Record<string, string>; current?: string }> =
    [
      {
        label: `默认指标体系：${FRAMEWORKS[s.framework]}`,
        options: FRAMEWORKS,
        current: s.framework,
        act: () =>
          save({ ...s, framework: cycle(FRAMEWORKS, s.framework) }, '已修改默认指标体系（新建草稿时使用）。'),
      },
      {
        label: `导出文件夹：${s.exportDir || `（未设置：${services.defaultExportDir()}）`}`,
        act: () => setEditing('exportDir'),
      },
      {
        label: `表格边框：${DISPLAYS[s.display]}`,
        options: DISPLAYS,
        current: s.display,
        act: () => save({ ...s, display: cycle(DISPLAYS, s.display) }, '已修改表格边框。'),
      },
      {
        label: `Word/Excel 字体：正文 ${s.fontBody}，标题 ${s.fontHeading}`,
        act: () => setEditing('fontBody'),
      },
      {
        label: `起草方式：${s.llm.provider || s.llm.baseURL ? `模型（${s.llm.provider || '自定义'}${s.llm.model ? ` ${s.llm.model}` : ''}）` : '内置指标库（离线）'}`,
        act: () => dispatch({ type: 'open-model-settings' }),
      },
    ];
  useKeys(
    (input, key) => {
      const is = keyMatcher(input, key);
      const move = (delta: number) => {
        setSelected((i) => moveSelection(i, delta, items.length));
        // A message is about the setting just changed: it goes when another one is chosen.
        if (state.screen.message) dispatch({ type: 'open-settings' });
        setError(null);
      };
      if (is('up')) move(-1);
      else if (is('down')) move(1);
      else if (is('confirm') || is('toggle')) items[selectedRef.current]!.act();
      else if (is('back')) dispatch({ type: 'home' });
    },
    { isActive: isActive && !editing },
  );
  return (
    <Box flexDirection="column">
      <Title title="设置" right="修改后立即保存" width={columns} />
      <Menu items={items} selected={selected} width={columns} />
      {!editing && items[selected]?.options ? (
        <Paragraph width={columns} dim>
          {`可选：${Object.entries(items[selected].options)
            .map(([key, label]) => `${key === items[selected]!.current ? '●' : '○'} ${label}`)
            .join('  ')}（回车或空格换到下一个）`}
        </Paragraph>
      ) : null}
      {editing ? (
        <Box marginTop={1}>
          <Text color="cyan">{`${TEXT_SETTINGS[editing].label}：`}</Text>
          <TextInput
            key={editing}
            initial={s[editing]}
            isActive={isActive}
            width={columns - 16}
            placeholder={TEXT_SETTINGS[editing].placeholder}
            onSubmit={(text) => {
              const value = text.trim();
              if (editing !== 'exportDir' && !value)
                return setError('字体名称不能为空，例如 仿宋、宋体、黑体。');
              // The body font is asked first, then the heading font.
              setEditing(editing === 'fontBody' ? 'fontHeading' : null);
              save({ ...s, [editing]: value }, `已修改${TEXT_SETTINGS[editing].label}。`);
            }}
            onKey={(_input, key) => key.escape && setEditing(null)}
          />
        </Box>
      ) : null}
      <Box marginTop={1} flexDirection="column">
        {state.screen.message ? <Text color="green">{state.screen.message}</Text> : null}
        {error ? (
          <Paragraph width={columns} color="red">
            {error}
          </Paragraph>
        ) : null}
      </Box>
      <HelpLine
        keys={
          editing
            ? [
                ['回车', '保存'],
                ['Esc', '取消'],
              ]
            : [
                ['↑↓', '选择'],
                ['回车', '修改'],
                ['Esc', '返回'],
              ]
        }
        width={columns}
      />
    </Box>
  );
}
