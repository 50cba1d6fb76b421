import { describe, expect, it } from 'vitest';
import { makeDepartment, makeDocument, makeIndicator, makeProject } from '../../src/domain/build.js';
import { JixiaoDocument } from '../../src/domain/document.js';
import { exportJson } from '../../src/export/json.js';
import { ExportError } from '../../src/export/office/validate.js';

describe('JSON export', () => {
  const document = makeDocument({
    unit: { name: '某单位', year: 2025, framework: 'central-2021' },
    tables: [
      makeDepartment({
        unitName: '某单位',
        indicators: [
          makeIndicator({
            level1: '产出指标',
            level2: '数量指标',
            name: '人数',
            value: '≥3人',
            status: 'suggested',
            placeholder: false,
          }),
        ],
      }),
      makeProject({
        projectName: '项目',
        category: 'construction',
        budget: { total: '1.00', fiscal: '1.00', other: '0.00' },
      }),
    ],
  });

  it('writes pretty JSON that reads back as the same document', () => {
    const text = exportJson(document);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(JixiaoDocument.parse(JSON.parse(text))).toEqual(document);
  });

  it('fills schema defaults of a loose input and refuses an invalid one with the field named', () => {
    const loose = JSON.parse(exportJson({ unit: { name: '某单位', year: 2025 }, tables: [] }));
    expect(loose).toEqual({
      schemaVersion: 1,
      unit: { name: '某单位', year: 2025, framework: 'local' },
      tables: [],
      prose: [],
    });
    expect(() =>
      exportJson({
        unit: { name: '某单位', year: 2025 },
        tables: [{ kind: 'project', budget: { total: '八十' } }],
      }),
    ).toThrow(ExportError);
    expect(() => exportJson({ unit: { name: '某单位', year: 'x' }, tables: [] })).toThrow(/unit\.year/);
  });
});
