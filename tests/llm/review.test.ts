import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocument, makeIndicator, makeProject } from '../../src/domain/build.js';
import type { Finding } from '../../src/domain/finding.js';
import { addSecondOpinions, createReviewAssistant, isJudgementCall } from '../../src/draft/llm/review.js';
import { lastUserText, startChatServer, type ChatServer } from '../support/chat-server.js';
import { testService } from './helpers.js';

let server: ChatServer;
beforeEach(async () => {
  server = await startChatServer();
});
afterEach(async () => {
  await server.close();
});

const table = makeProject({
  id: 't2',
  projectName: '社区工作者业务培训',
  budget: { total: '20.00', fiscal: '20.00', other: '0.00' },
  purpose: '主要用于：1.培训场地及教材10万元；2.师资费用10万元。',
  goals: '组织培训4期，培训120人。',
  indicators: [
    makeIndicator({
      id: 'p1-i1',
      level1: '产出指标',
      level2: '数量指标',
      name: '培训人数',
      description: '培训120人',
      value: '≥120人',
      basis: '计划标准',
    }),
    makeIndicator({
      id: 'p1-i2',
      level1: '产出指标',
      level2: '质量指标',
      name: '培训效果',
      description: '培训效果良好',
      value: '有效',
      basis: '其他标准',
    }),
    makeIndicator({
      id: 'p1-i3',
      level1: '效益指标',
      level2: '社会效益指标',
      name: '道路绿化养护面积',
      description: '养护绿地',
      value: '≥5000平方米',
      basis: '计划标准',
    }),
  ],
});
const document = makeDocument({
  unit: { name: '某某街道办事处', year: 2025, framework: 'local' },
  tables: [table],
});

describe('review helpers', () => {
  it('suggestMore: new candidates under the asked 二级, fresh ids, names already in the table dropped', async () => {
    server.push({
      kind: 'answer',
      content: JSON.stringify({
        indicators: [
          {
            level1: '产出指标',
            level2: '数量指标',
            name: '培训人数',
            description: '重复',
            value: '≥120人',
            basis: '计划标准',
            rationale: null,
          },
          {
            level1: '产出指标',
            level2: '质量指标',
            name: '培训课时数',
            description: '全年培训不少于48课时',
            value: '≥48课时',
            basis: '计划标准',
            rationale: '按培训计划',
          },
        ],
      }),
    });
    const assistant = createReviewAssistant(testService(server));
    const { indicators, tokens } = await assistant.suggestMore(table, '数量指标');
    expect(indicators).toHaveLength(1);
    expect(indicators[0]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      name: '培训课时数',
      status: 'suggested',
      rationale: '按培训计划',
    });
    expect(indicators[0].value).toMatchObject({ op: '≥', numbers: [48] });
    expect(indicators[0].id).toMatch(/^t2-s[0-9a-f]{8}$/);
    expect(tokens.prompt).toBeGreaterThan(0);
    expect(server.requests[0].body.response_format.json_schema.name).toBe('more_indicators');
    expect(lastUserText(server.requests[0])).toContain('“产出指标 / 数量指标”');
    expect(lastUserText(server.requests[0])).toContain('培训人数：≥120人');
  });

  it('rewriteIndicator: keeps the id, passes the findings and the instruction', async () => {
    const assistant = createReviewAssistant(testService(server, { provider: 'zhipu' }));
    const finding: Finding = {
      rule: 'value/not-quantified',
      severity: 'warning',
      message: '培训效果：指标值“有效”过于笼统，无法考核',
      location: { table: '社区工作者业务培训', tableIndex: 0, indicatorIndex: 1 },
    };
    const { indicator, reason } = await assistant.rewriteIndicator(table, 1, {
      findings: [finding],
      instruction: '改成合格率',
    });
    expect(indicator).toMatchObject({ id: 'p1-i2', name: '培训考核合格率', rationale: reason });
    expect(indicator.value.text).toBe('≥90%');
    const prompt = lastUserText(server.requests[0]);
    expect(prompt).toContain('培训效果：有效');
    expect(prompt).toContain('过于笼统');
    expect(prompt).toContain('改成合格率');
    expect(server.requests[0].body.response_format).toEqual({ type: 'json_object' });
  });

  it('explainIndicator: the reason and what a reviewer may question', async () => {
    const assistant = createReviewAssistant(testService(server));
    const result = await assistant.explainIndicator(table, table.indicators[0]);
    expect(result.reason).toContain('培训计划');
    expect(result.caution).toBeNull();
  });

  it('secondOpinion on relevance/off-topic; addSecondOpinions fills only judgement calls and survives failures', async () => {
    const offTopic: Finding = {
      rule: 'relevance/off-topic',
      severity: 'warning',
      message: '“道路绿化养护面积”与培训项目无关',
      location: { table: '社区工作者业务培训', tableIndex: 0, indicatorIndex: 2 },
    };
    const arithmetic: Finding = {
      rule: 'sum/funding-split',
      severity: 'error',
      message: '财政拨款与其他资金之和不等于总额',
      location: { table: '社区工作者业务培训', tableIndex: 0 },
    };
    expect(isJudgementCall(offTopic)).toBe(true);
    expect(isJudgementCall(arithmetic)).toBe(false);

    const assistant = createReviewAssistant(testService(server));
    const opinion = await assistant.secondOpinion(offTopic, document);
    expect(opinion).toMatchObject({ agreed: true, reason: expect.stringContaining('照搬') });
    expect(lastUserText(server.requests[0])).toContain('道路绿化养护面积：≥5000平方米');

    const { findings } = await addSecondOpinions(assistant, [arithmetic, offTopic], document);
    expect(findings[0]).toEqual(arithmetic);
    expect(findings[1].secondOpinion).toEqual({ agreed: true, reason: '指标与项目内容无关，确属照搬。' });

    server.setFallback(() => ({ kind: 'error', status: 401 }));
    const failed = await addSecondOpinions(
      createReviewAssistant(testService(server, { maxRetries: 0 })),
      [offTopic],
      document,
    );
    expect(failed.findings).toEqual([offTopic]);
  });

  it('a failure is an LlmError with a Chinese message', async () => {
    server.setFallback(() => ({ kind: 'error', status: 402 }));
    const assistant = createReviewAssistant(testService(server));
    await expect(assistant.suggestMore(table, '质量指标')).rejects.toMatchObject({
      kind: 'balance',
      message: expect.stringContaining('余额不足'),
    });
  });
});
