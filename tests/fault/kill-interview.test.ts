import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftAnswers, InterviewStep } from '../../src/store/draft-schema.js';
import { buildCli, sandbox, type Sandbox } from './support/cli.js';
import { below, seededRandom } from '../support/random.js';
import { KillSession } from './support/session.js';
import { TmuxApp } from '../support/tmux.js';

/**
 * The app killed with SIGKILL (a power cut, `kill -9`) at random moments of an interview and just
 * after drafting starts, then started again and resumed from the start screen. After every kill
 * the draft file is complete JSON that loads, every answer the screen had confirmed (the next
 * question shown) is in it, and the answer on its way when the kill came is wholly there or
 * wholly absent; the interview goes on where the file says. (tests/e2e kills once while typing;
 * this goes to several random moments: half typed, just sent, just confirmed.) The schedule is
 * random from a seed: a failure prints it, and JIXIAO_FAULT_SEED=<seed> replays it.
 */

const SEED = Number(process.env.JIXIAO_FAULT_SEED ?? 20250611);
const socket = `jixiao-fault-kill-interview-${process.pid}`;

let cli: string;
let removeCli: () => void;
let box: Sandbox;

beforeAll(() => {
  ({ cli, remove: removeCli } = buildCli('fault-kill-interview'));
  box = sandbox('fault-kill-interview');
});
afterAll(() => {
  TmuxApp.stopServer(socket);
  removeCli?.();
  box?.remove();
});

// ---------------------------------------------------------------------------------------------
// The interview, as a person answers it.

interface Answer {
  /** The question as the screen shows it: its title and, in the header, its section. */
  title: string;
  section: RegExp;
  step: InterviewStep;
  kind: 'text' | 'multiline' | 'choice';
  text: string;
  /** How the confirmed answer shows in the draft file (empty answers show in the step only). */
  saved?: (answers: DraftAnswers) => boolean;
}

const unit = (field: 'name' | 'year' | 'framework' | 'duties' | 'staff'): InterviewStep => ({
  section: 'unit',
  field,
});
const task = (index: number, field: 'name' | 'content' | 'fiscal' | 'other'): InterviewStep => ({
  section: 'task',
  index,
  field,
});
const project = (
  index: number,
  field: 'name' | 'code' | 'fiscal' | 'other' | 'purpose' | 'plan' | 'goals',
): InterviewStep => ({ section: 'project', index, field });
const UNIT = /单位信息/;
/** The title's place in the interview: "新增任务（已有 0 项）" while the k-th is added, then "任务 1/2". */
const taskAt = (i: number) => new RegExp(`新增任务（已有 ${i} 项）|任务 ${i + 1}/\\d+ ·`);
const projectAt = (i: number) => new RegExp(`新增项目（已有 ${i} 个）|项目 ${i + 1}/\\d+ ·`);

const INTERVIEW: Answer[] = [
  {
    title: '单位名称',
    section: UNIT,
    step: unit('name'),
    kind: 'text',
    text: '青石街道办事处',
    saved: (a) => a.unit.name === '青石街道办事处',
  },
  {
    title: '预算年度',
    section: UNIT,
    step: unit('year'),
    kind: 'text',
    text: '2025',
    saved: (a) => a.unit.year === 2025,
  },
  {
    title: '指标体系',
    section: UNIT,
    step: unit('framework'),
    kind: 'choice',
    text: '',
    saved: (a) => a.unit.framework === 'local',
  },
  {
    title: '单位主要职能',
    section: UNIT,
    step: unit('duties'),
    kind: 'multiline',
    text: '负责辖区社区服务、社区工作者培训和老旧小区改造。',
    saved: (a) => a.unit.duties === '负责辖区社区服务、社区工作者培训和老旧小区改造。',
  },
  {
    title: '编制或在职人数',
    section: UNIT,
    step: unit('staff'),
    kind: 'text',
    text: '45',
    saved: (a) => a.unit.staff === 45,
  },
  {
    title: '任务名称',
    section: taskAt(0),
    step: task(0, 'name'),
    kind: 'text',
    text: '履职保障',
    saved: (a) => a.tasks[0]?.name === '履职保障',
  },
  {
    title: '主要内容',
    section: taskAt(0),
    step: task(0, 'content'),
    kind: 'multiline',
    text: '保障机关正常运转',
    saved: (a) => a.tasks[0]?.content === '保障机关正常运转',
  },
  {
    title: '财政拨款（万元）',
    section: taskAt(0),
    step: task(0, 'fiscal'),
    kind: 'text',
    text: '60.5',
    saved: (a) => a.tasks[0]?.fiscal === 60.5,
  },
  {
    title: '其他资金（万元）',
    section: taskAt(0),
    step: task(0, 'other'),
    kind: 'text',
    text: '',
  },
  { title: '任务名称', section: taskAt(1), step: task(1, 'name'), kind: 'text', text: '' },
  {
    title: '项目名称',
    section: projectAt(0),
    step: project(0, 'name'),
    kind: 'text',
    text: '社区工作者业务培训',
    saved: (a) => a.projects[0]?.name === '社区工作者业务培训',
  },
  {
    title: '项目编码',
    section: projectAt(0),
    step: project(0, 'code'),
    kind: 'text',
    text: '2025QS0001',
    saved: (a) => a.projects[0]?.code === '2025QS0001',
  },
  {
    title: '财政资金（万元）',
    section: projectAt(0),
    step: project(0, 'fiscal'),
    kind: 'text',
    text: '20',
    saved: (a) => a.projects[0]?.fiscal === 20,
  },
  { title: '其他资金（万元）', section: projectAt(0), step: project(0, 'other'), kind: 'text', text: '' },
  {
    title: '资金用途',
    section: projectAt(0),
    step: project(0, 'purpose'),
    kind: 'multiline',
    text: '主要用于：1.培训场地及教材10万元；2.师资费用10万元。',
    saved: (a) => a.projects[0]?.purpose === '主要用于：1.培训场地及教材10万元；2.师资费用10万元。',
  },
  {
    title: '资金支出计划（累计 %）',
    section: projectAt(0),
    step: project(0, 'plan'),
    kind: 'text',
    text: '20 50 80 100',
    saved: (a) => a.projects[0]?.plan?.join() === '20,50,80,100',
  },
  {
    title: '绩效目标（可选）',
    section: projectAt(0),
    step: project(0, 'goals'),
    kind: 'multiline',
    text: '组织培训4期，培训120人',
    saved: (a) => a.projects[0]?.goals === '组织培训4期，培训120人',
  },
  {
    title: '项目名称',
    section: projectAt(1),
    step: project(1, 'name'),
    kind: 'text',
    text: '辖区生活垃圾清运',
    saved: (a) => a.projects[1]?.name === '辖区生活垃圾清运',
  },
  { title: '项目编码', section: projectAt(1), step: project(1, 'code'), kind: 'text', text: '' },
  {
    title: '财政资金（万元）',
    section: projectAt(1),
    step: project(1, 'fiscal'),
    kind: 'text',
    text: '36',
    saved: (a) => a.projects[1]?.fiscal === 36,
  },
  {
    title: '其他资金（万元）',
    section: projectAt(1),
    step: project(1, 'other'),
    kind: 'text',
    text: '4',
    saved: (a) => a.projects[1]?.other === 4,
  },
  {
    title: '资金用途',
    section: projectAt(1),
    step: project(1, 'purpose'),
    kind: 'multiline',
    text: '主要用于：垃圾清运车辆租赁30万元；清运人员劳务10万元。',
    saved: (a) => a.projects[1]?.purpose?.startsWith('主要用于：垃圾清运') === true,
  },
  {
    title: '资金支出计划（累计 %）',
    section: projectAt(1),
    step: project(1, 'plan'),
    kind: 'text',
    text: '25 50 75 100',
    saved: (a) => a.projects[1]?.plan?.join() === '25,50,75,100',
  },
  {
    title: '绩效目标（可选）',
    section: projectAt(1),
    step: project(1, 'goals'),
    kind: 'multiline',
    text: '全年清运生活垃圾3600吨',
    saved: (a) => a.projects[1]?.goals === '全年清运生活垃圾3600吨',
  },
  { title: '项目名称', section: projectAt(2), step: project(2, 'name'), kind: 'text', text: '' },
];

const sameStep = (a: InterviewStep, b: InterviewStep) => JSON.stringify(a) === JSON.stringify(b);
/** Where the interview stands by the file: the index of the next question, INTERVIEW.length at the summary. */
function position(step: InterviewStep): number {
  if (step.section === 'summary') return INTERVIEW.length;
  const at = INTERVIEW.findIndex((answer) => sameStep(answer.step, step));
  if (at < 0) throw new Error(`the draft stands at an unexpected question: ${JSON.stringify(step)}`);
  return at;
}

const questionShown = (answer: Answer) => (screen: string) =>
  screen.includes(answer.title) && answer.section.test(screen) && !screen.includes('退出 jixiao');
const SUMMARY = (screen: string) => screen.includes('核对答案') && screen.includes('开始起草');

/** Types one answer; `stop` ends it early: 'typing' half way, 'sent' right after the key that submits it. */
async function give(a: TmuxApp, answer: Answer, stop?: 'typing' | 'sent'): Promise<void> {
  if (answer.kind === 'choice') {
    a.keys('Enter');
    return;
  }
  const chars = [...answer.text];
  if (stop === 'typing') {
    a.type(chars.slice(0, Math.max(1, Math.floor(chars.length / 2))).join('') || 'x');
    return;
  }
  if (chars.length > 0) {
    // As a person does: type, see it on screen, then submit (a key sent with the text in one chunk would be typed into it).
    a.type(answer.text);
    await a.waitFor(chars.slice(-6).join(''));
  }
  a.keys(answer.kind === 'multiline' ? 'C-d' : 'Enter');
}

describe(`the app killed during the interview (seed ${SEED})`, () => {
  it('at 5 random questions, at a random moment of each, and as drafting starts: nothing confirmed is lost', async () => {
    const next = seededRandom(SEED);
    const session = new KillSession(box, cli, socket, SEED);
    try {
      const killAt = new Set<number>();
      while (killAt.size < 5) killAt.add(below(next, INTERVIEW.length));
      const moments = ['typing', 'sent', 'confirmed'] as const;

      let a = session.start();
      await a.waitFor('新建草稿', 15_000);
      a.keys('Enter');
      let at = 0;
      let confirmed = 0;
      while (at < INTERVIEW.length) {
        const answer = INTERVIEW[at];
        await a.waitFor(questionShown(answer));
        if (!killAt.has(at)) {
          await give(a, answer);
          at += 1;
          confirmed = at;
          continue;
        }
        killAt.delete(at);
        const moment = moments[below(next, moments.length)];
        if (moment !== 'confirmed') await give(a, answer, moment);
        else {
          await give(a, answer);
          await a.waitFor(at + 1 < INTERVIEW.length ? questionShown(INTERVIEW[at + 1]) : SUMMARY);
          confirmed = at + 1;
        }
        await session.kill(`${answer.title} (${at}), ${moment}`);
        if (confirmed === 0 && session.draftFiles().length === 0) {
          // Killed before the first answer: an empty new draft is not written, and nothing was confirmed yet.
          a = session.start();
          await a.waitFor('新建草稿', 15_000);
          a.keys('Enter');
          continue;
        }
        const draft = session.readDraft();
        const stands = position(draft.step);
        expect(stands, `${session.context()}: confirmed answers lost`).toBeGreaterThanOrEqual(confirmed);
        expect(stands, session.context()).toBeLessThanOrEqual(confirmed + 1);
        for (const done of INTERVIEW.slice(0, stands))
          if (done.saved) expect(done.saved(draft.answers), `${session.context()}: ${done.title}`).toBe(true);
        a = await session.resume();
        at = stands;
        confirmed = stands;
      }
      await a.waitFor(SUMMARY);
      const interviewed = session.readDraft();
      for (const done of INTERVIEW)
        if (done.saved)
          expect(done.saved(interviewed.answers), `${session.context()}: ${done.title}`).toBe(true);

      // Killed as drafting starts: the answers are intact, and drafting runs again on resume.
      a.keys('Enter');
      await session.kill('drafting: just started');
      expect(session.readDraft().answers).toEqual(interviewed.answers);
      a = await session.resume();
      if (SUMMARY(await a.waitFor((s) => SUMMARY(s) || s.includes('审阅 ')))) a.keys('Enter');
      await a.waitFor(/审阅 1\/3/, 15_000);
      const drafted = session.readDraft();
      expect(drafted.stage).toBe('review');
      expect(drafted.document?.tables.map((t) => t.kind)).toEqual(['department', 'project', 'project']);
    } finally {
      await session.end();
    }
  }, 120_000);
});
