import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractJson, readJsonAnswer } from '../../src/draft/llm/json-answer.js';
import { fillTemplate, PromptError, promptsDir, renderPrompt } from '../../src/draft/llm/prompts.js';
import { findProvider, PROVIDERS, providerOrCustom, thinkingFields } from '../../src/draft/providers.js';

describe('prompt templates', () => {
  it('live in prompts/ at the package root (shipped: package.json "files")', () => {
    expect(promptsDir()).toBe(path.resolve(import.meta.dirname, '../../prompts'));
    const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
    expect(pkg.files).toContain('prompts');
  });

  it('a missing variable is an error naming it', () => {
    expect(() => fillTemplate('单位：{{unit_name}}，年度：{{ year }}', { unit_name: '某局' }, 't')).toThrow(
      new PromptError('提示词 t 缺少变量：year'),
    );
    expect(fillTemplate('单位：{{unit_name}}，年度：{{ year }}', { unit_name: '某局', year: 2025 })).toBe(
      '单位：某局，年度：2025',
    );
    expect(() => renderPrompt('project-table', {})).toThrow(/缺少变量：unit_name、year/);
    expect(() => renderPrompt('no-such-prompt')).toThrow(PromptError);
  });

  it('the system prompt carries the domain rules and mentions json', () => {
    const text = renderPrompt('system', { framework_label: 'x', levels: '- 产出指标：数量指标' });
    for (const rule of [
      '比率不能超过 100%',
      '计划标准、行业标准、历史标准、其他标准',
      '不要编造编号',
      '不要改动预算金额',
      '满意度',
    ])
      expect(text).toContain(rule);
    expect(text.toLowerCase()).toContain('json');
  });
});

describe('reading a JSON answer', () => {
  const schema = z.object({ ok: z.boolean() });
  it('strips fences and words around the object', () => {
    expect(extractJson('```json\n{"ok": true}\n```')).toBe('{"ok": true}');
    expect(extractJson('好的：\n```\n{"ok": true}\n```\n以上。')).toBe('{"ok": true}');
    expect(extractJson('结果如下 {"ok": true} 请查收')).toBe('{"ok": true}');
    expect(extractJson('\uFEFF  {"ok": false}  ')).toBe('{"ok": false}');
    expect(readJsonAnswer('```json\n{"ok": true}\n```', schema)).toEqual({ ok: true, value: { ok: true } });
  });
  it('says what is wrong', () => {
    expect(readJsonAnswer('   ', schema)).toMatchObject({ ok: false, empty: true });
    expect(readJsonAnswer('{"ok": tru', schema)).toMatchObject({
      ok: false,
      empty: false,
      problems: [expect.stringContaining('不是有效的 JSON')],
    });
    expect(readJsonAnswer('{"ok": "yes"}', schema)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^ok：/)],
    });
  });
});

describe('provider presets', () => {
  it('every preset has a base URL, a default model and capabilities (custom excepted)', () => {
    for (const p of PROVIDERS.filter((x) => x.id !== 'custom')) {
      expect(p.baseURL).toMatch(p.id === 'ollama' ? /^http:\/\/localhost:11434\/v1$/ : /^https:\/\//);
      expect(p.defaultModel).not.toBe('');
    }
    expect(findProvider('deepseek')!.capabilities.responseFormat).toBe('json_object');
    expect(findProvider('zhipu')!.capabilities.responseFormat).toBe('json_object');
    expect(findProvider('openai')!.capabilities.responseFormat).toBe('json_schema');
  });
  it('aliases and thinking switches', () => {
    expect(findProvider('Qwen')!.id).toBe('dashscope');
    expect(findProvider('豆包')!.id).toBe('volcengine');
    expect(findProvider('kimi')!.id).toBe('moonshot');
    expect(findProvider('nope')).toBeUndefined();
    expect(providerOrCustom('nope').id).toBe('custom');
    expect(thinkingFields(findProvider('dashscope')!, false)).toEqual({ enable_thinking: false });
    expect(thinkingFields(findProvider('volcengine')!, true)).toEqual({ thinking: { type: 'enabled' } });
    expect(thinkingFields(findProvider('openai')!, true)).toEqual({});
  });
});
