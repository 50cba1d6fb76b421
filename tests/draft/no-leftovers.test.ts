import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Answers, type AnswersInput } from '../../src/domain/answers.js';
import type { JixiaoDocument } from '../../src/domain/document.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { BUREAU } from './county-bureau.fixture.js';
import { KIND_PROJECTS, kindAnswers } from './county-kinds.fixture.js';
import { STREET_OFFICE } from './street-office.fixture.js';

/**
 * Issue 14: no template leftovers in any offline draft — the drafts of every library kind (with a
 * realistic answer, and with nothing but a name and a budget), of a street office, of a county bureau
 * and of the worked example are read as a reviewer would, field by field.
 */
const WORKED = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'street-office-answers.json'), 'utf8'),
) as AnswersInput;
const BARE: AnswersInput = {
  ...kindAnswers(KIND_PROJECTS),
  projects: KIND_PROJECTS.map((p) => ({ name: p.name, fiscal: p.fiscal })),
};

/** What a reviewer returns a draft for, as patterns on one field's text. */
const LEFTOVERS: [string, RegExp][] = [
  ['an unfilled template variable', /\{\{|\}\}|undefined|NaN|\bnull\b/],
  ['a sample placeholder', /XX|xx|××|○○|某某/],
  [
    'a library alternative printed as written (培训（会议）)',
    /\p{Script=Han}（(?!待填)\p{Script=Han}{1,4}）/u,
  ],
  ['salary wording outside pay', /稳定工作队伍/],
  ['a sentence cut mid-phrase', /[共及和与的、，：]$/],
  ['doubled punctuation', /[，。；、]{2}/],
  [
    'money named as the work (做好…经费, 经费工作)',
    /(经费|资金|费用)(工作|任务)|(做好|完成|组织)[^，。]{0,20}(经费|资金)[，。]/,
  ],
];

function fields(document: JixiaoDocument): { where: string; text: string }[] {
  return document.tables.flatMap((table) => [
    { where: `${table.id} 绩效目标`, text: 'goals' in table ? table.goals : '' },
    ...table.indicators.flatMap((i) => [
      { where: `${table.id} ${i.name} 名称`, text: i.name },
      { where: `${table.id} ${i.name} 指标值`, text: i.value.text },
      { where: `${table.id} ${i.name} 描述`, text: i.description },
    ]),
  ]);
}

describe('offline drafts have no template leftovers', () => {
  const cases: [string, AnswersInput][] = [
    ['every library kind', kindAnswers(KIND_PROJECTS)],
    ['every library kind, name and budget only', BARE],
    ['a street office', STREET_OFFICE],
    ['a county bureau', BUREAU],
    ['the worked example', WORKED],
  ];
  it.each(cases)('%s', async (_label, input) => {
    const answers = Answers.parse(input);
    const { document } = await createOfflineDrafter().draft(answers);
    // What the user wrote is theirs: only the text the drafter adds is read.
    const written = [
      ...answers.projects.flatMap((p) => [p.purpose, p.goals]),
      ...answers.tasks.flatMap((t) => [t.name, t.content]),
    ].filter((t) => t.trim().length > 0);
    const drafted = (text: string) =>
      written.reduce((rest, user) => rest.split(user.trim()).join('甲'), text);
    const found = fields(document).flatMap(({ where, text }) =>
      LEFTOVERS.filter(([, pattern]) => pattern.test(drafted(text))).map(
        ([what]) => `${where}：${what}：${text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('would catch each leftover (the patterns can fail)', () => {
    const samples = [
      '{{n}}人',
      'XX街道',
      '参加培训（会议）',
      '稳定工作队伍',
      '改造道路3条共',
      '完成，，',
      '做好保洁经费，',
    ];
    samples.forEach((text, k) => expect(LEFTOVERS[k][1].test(text), text).toBe(true));
  });
});
