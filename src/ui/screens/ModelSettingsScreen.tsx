import { Box, Text } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../store/settings-schema.js';
import { HelpLine } from '../components/HelpLine.js';
import { Menu, moveSelection } from '../components/Menu.js';
import { Paragraph } from '../components/Paragraph.js';
import { SecretInput } from '../components/SecretInput.js';
import { TextInput } from '../components/TextInput.js';
import { Title } from '../components/Title.js';
import { errorText } from '../format.js';
import { useKeys } from '../hooks/useKeys.js';
import { useSyncState } from '../hooks/useSyncState.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { ModelStatus } from '../model-access.js';
import { useServices } from '../services.js';
import {
  FIELD_PROMPTS,
  MODEL_FIELDS,
  PROVIDER_CHOICES,
  fieldLabel,
  fieldText,
  readField,
  type TextField,
} from '../state/model-settings.js';
import type { ScreenProps } from './props.js';

type Mode =
  | { kind: 'menu' }
  | { kind: 'provider' }
  | { kind: 'text'; field: TextField }
  | { kind: 'key' }
  | { kind: 'ping' };

/** The model: provider, URL, model, the API key (entered masked, stored apart), timeout, concurrency, thinking; and a test request. */
export function ModelSettingsScreen({ state, dispatch, isActive }: ScreenProps<'model-settings'>) {
  const { columns } = useTerminalSize();
  const services = useServices();
  const llm = state.settings.llm;
  const [selected, setSelected, selectedRef] = useSyncState(0);
  const [choice, setChoice, choiceRef] = useSyncState(0);
  const [mode, setMode, modeRef] = useSyncState<Mode>({ kind: 'menu' });
  const [status, setStatus] = useState<ModelStatus | null>(null);
  const [note, setNote] = useState<{ text: string; ok: boolean } | null>(null);
  const [refresh, setRefresh] = useState(0);
  const ping = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    services.modelStatus(state.settings).then(
      (s) => live && setStatus(s),
      (e) => live && setNote({ text: `模型设置无法读取：${errorText(e)}`, ok: false }),
    );
    return () => {
      live = false;
    };
  }, [services, state.settings, refresh]);
  useEffect(() => () => ping.current?.abort(), []);

  const say = (text: string, ok = true) => setNote({ text, ok });
  const save = (next: Settings['llm'], message: string) => {
    services.settings.save({ ...state.settings, llm: next }).then(
      (settings) => {
        dispatch({ type: 'model-settings-saved', settings, message });
        setNote(null);
      },
      (e) => say(errorText(e), false),
    );
  };
  const keyProvider = status?.providerId || (llm.baseURL ? 'custom' : '');

  const act = (field: (typeof MODEL_FIELDS)[number]) => {
    if (field === 'provider') {
      setChoice(
        Math.max(
          0,
          PROVIDER_CHOICES.findIndex((p) => p.id === llm.provider),
        ),
      );
      setMode({ kind: 'provider' });
    } else if (field === 'apiKey') {
      if (!keyProvider) return say('请先选择服务商：每个服务商的 Key 分开保存。', false);
      setMode({ kind: 'key' });
    } else if (field === 'thinking')
      save({ ...llm, thinking: !llm.thinking }, `已${llm.thinking ? '关闭' : '开启'}深度思考。`);
    else if (field === 'ping') {
      const controller = new AbortController();
      ping.current = controller;
      setMode({ kind: 'ping' });
      void services.pingModel(state.settings, controller.signal).then((r) => {
        if (controller.signal.aborted) return;
        setMode({ kind: 'menu' });
        say(r.message, r.ok);
      });
    } else setMode({ kind: 'text', field });
  };

  useKeys(
    (input, key) => {
      const m = modeRef.current;
      if (m.kind === 'ping') {
        if (key.escape) {
          ping.current?.abort();
          setMode({ kind: 'menu' });
          say('已取消测试。', false);
        }
        return;
      }
      if (m.kind === 'provider') {
        if (key.upArrow) setChoice((i) => moveSelection(i, -1, PROVIDER_CHOICES.length));
        else if (key.downArrow) setChoice((i) => moveSelection(i, 1, PROVIDER_CHOICES.length));
        else if (key.escape) setMode({ kind: 'menu' });
        else if (key.return) {
          const picked = PROVIDER_CHOICES[choiceRef.current];
          setMode({ kind: 'menu' });
          const message = !picked.id
            ? '已改为不使用模型：用内置指标库离线起草。'
            : picked.id === 'custom'
              ? `已选择 ${picked.label}：请填写接口地址和模型名称。`
              : `已选择 ${picked.label}；接口地址和模型用该服务商的默认值，可以再改。`;
          save({ ...llm, provider: picked.id, baseURL: '', model: '' }, message);
        }
        return;
      }
      if (key.upArrow) setSelected((i) => moveSelection(i, -1, MODEL_FIELDS.length));
      else if (key.downArrow) setSelected((i) => moveSelection(i, 1, MODEL_FIELDS.length));
      else if (key.return || input === ' ') act(MODEL_FIELDS[selectedRef.current]);
      else if (input === 'x' && MODEL_FIELDS[selectedRef.current] === 'apiKey' && keyProvider) {
        void services.deleteApiKey(keyProvider).then(
          () => (setRefresh((n) => n + 1), say('已删除本机保存的 API Key。')),
          (e) => say(errorText(e), false),
        );
      } else if (key.escape) dispatch({ type: 'open-settings' });
    },
    { isActive: isActive && (mode.kind === 'menu' || mode.kind === 'provider' || mode.kind === 'ping') },
  );

  const items = MODEL_FIELDS.map((f) => fieldLabel(f, llm, status));
  const headline = !status
    ? '正在读取模型设置…'
    : status.ok
      ? `可以用模型起草和审阅：${status.providerLabel}（${status.model}）`
      : status.configured
        ? `模型还不能用：${status.reason}`
        : '未配置模型：起草用内置指标库（离线）。选择服务商并保存 API Key 后，起草和审阅可以用模型。';
  const help: Array<[string, string]> =
    mode.kind === 'provider'
      ? [
          ['↑↓', '选择'],
          ['回车', '确定'],
          ['Esc', '取消'],
        ]
      : mode.kind === 'text' || mode.kind === 'key'
        ? [
            ['回车', '保存'],
            ['Ctrl+U', '清空'],
            ['Esc', '取消'],
          ]
        : mode.kind === 'ping'
          ? [['Esc', '取消测试']]
          : [
              ['↑↓', '选择'],
              ['回车', '修改'],
              ['Esc', '返回设置'],
            ];
  return (
    <Box flexDirection="column">
      <Title title="设置 · 起草方式（模型）" right="修改后立即保存" width={columns} />
      <Paragraph width={columns} color={status?.ok ? 'green' : status?.configured ? 'red' : undefined}>
        {headline}
      </Paragraph>
      {status?.overriddenBy.length ? (
        <Paragraph
          width={columns}
          dim
        >{`环境变量 ${status.overriddenBy.join('、')} 已设置，优先于这里的设置。`}</Paragraph>
      ) : null}
      {status?.notices.map((n) => (
        <Paragraph key={n} width={columns} color="yellow">
          {n}
        </Paragraph>
      ))}
      <Box marginTop={1}>
        {mode.kind === 'provider' ? (
          <Menu items={PROVIDER_CHOICES} selected={choice} width={columns} />
        ) : (
          <Menu items={items} selected={selected} width={columns} />
        )}
      </Box>
      {mode.kind === 'text' ? (
        <Box marginTop={1}>
          <Text color="cyan">{`${FIELD_PROMPTS[mode.field].label}：`}</Text>
          <TextInput
            initial={fieldText(mode.field, llm)}
            isActive={isActive}
            width={columns - 24}
            placeholder={FIELD_PROMPTS[mode.field].placeholder}
            onSubmit={(text) => {
              const read = readField(mode.field, text, llm);
              if (!read.ok) return say(read.error, false);
              setMode({ kind: 'menu' });
              save(read.llm, `已修改${FIELD_PROMPTS[mode.field].label}。`);
            }}
            onKey={(_input, key) => key.escape && setMode({ kind: 'menu' })}
          />
        </Box>
      ) : null}
      {mode.kind === 'key' ? (
        <Box marginTop={1} flexDirection="column">
          <Paragraph
            width={columns}
            dim
          >{`${status?.providerLabel ?? keyProvider} 的 API Key：只保存在本机、仅本人可读的文件中，不会显示、导出或写进草稿。`}</Paragraph>
          <Box>
            <Text color="cyan">API Key：</Text>
            <SecretInput
              isActive={isActive}
              width={columns - 10}
              onSubmit={(secret) => {
                setMode({ kind: 'menu' });
                if (!secret.trim()) return say('没有输入 Key，未作修改。', false);
                services.saveApiKey(keyProvider, secret).then(
                  () => (
                    setRefresh((n) => n + 1),
                    say('已保存 API Key（只存在本机、仅本人可读的文件中）。可以选“测试连接”试一下。')
                  ),
                  (e) => say(errorText(e), false),
                );
              }}
              onKey={(_input, key) => key.escape && setMode({ kind: 'menu' })}
            />
          </Box>
        </Box>
      ) : null}
      {mode.kind === 'ping' ? <Text color="cyan">正在发送测试请求……</Text> : null}
      <Box marginTop={1} flexDirection="column">
        {state.screen.message && !note ? <Text color="green">{state.screen.message}</Text> : null}
        {note ? (
          <Paragraph width={columns} color={note.ok ? 'green' : 'red'}>
            {note.text}
          </Paragraph>
        ) : null}
      </Box>
      <HelpLine keys={help} width={columns} />
    </Box>
  );
}
