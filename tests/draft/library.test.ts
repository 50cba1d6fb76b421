import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectCategory } from '../../src/domain/document.js';
import { FRAMEWORK_LEVELS } from '../../src/domain/framework.js';
import {
  clearLibraryCache,
  Dimension,
  fillTemplate,
  findLibraryDir,
  LibraryError,
  loadLibrary,
  templateVars,
} from '../../src/draft/library.js';

const repoLibrary = join(import.meta.dirname, '..', '..', 'library');
const temps: string[] = [];

/** A copy of the shipped library in a temp folder, to break on purpose. */
function libraryCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'jixiao-lib-'));
  temps.push(root);
  const dir = join(root, 'library');
  cpSync(repoLibrary, dir, { recursive: true });
  return dir;
}

/** The parts of a library file the tests below change. */
interface LibraryJson {
  indicators: Record<string, unknown>[];
  local: Record<string, string[]>;
}

function editJson(file: string, edit: (data: LibraryJson) => void): void {
  const data = JSON.parse(readFileSync(file, 'utf8')) as LibraryJson;
  edit(data);
  writeFileSync(file, JSON.stringify(data));
}

afterEach(() => {
  clearLibraryCache();
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('indicator library', () => {
  it('has one valid file per project category, the unit table and the levels', () => {
    const library = loadLibrary();
    expect(Object.keys(library.categories).sort()).toEqual([...ProjectCategory.options].sort());
    for (const category of ProjectCategory.options)
      expect(library.categories[category].category).toBe(category);
    expect(library.department.indicators.length).toBeGreaterThanOrEqual(3);
  });

  it('places every dimension at a standard 一级/二级 of both frameworks (成本 under 产出 locally, a 一级 centrally)', () => {
    const { levels } = loadLibrary();
    for (const framework of ['local', 'central-2021'] as const) {
      for (const dimension of Dimension.options) {
        const [level1, level2] = levels[framework][dimension];
        expect(FRAMEWORK_LEVELS[framework][level1]).toContain(level2);
      }
    }
    expect(levels.local.cost).toEqual(['产出指标', '成本指标']);
    expect(levels['central-2021'].cost).toEqual(['成本指标', '经济成本指标']);
  });

  it('offers templates for 数量, 质量, 时效, 成本, 效益 and 满意度 in every category', () => {
    for (const lib of Object.values(loadLibrary().categories)) {
      const dimensions = new Set(lib.indicators.map((t) => t.dimension));
      for (const needed of ['quantity', 'quality', 'timeliness', 'cost', 'satisfaction'] as const)
        expect(dimensions, `${lib.category} ${needed}`).toContain(needed);
      expect(
        lib.indicators.some((t) =>
          ['economic-benefit', 'social-benefit', 'ecological-benefit', 'sustainable'].includes(t.dimension),
        ),
        lib.category,
      ).toBe(true);
    }
  });

  it('is loaded once and then served from the cache', () => {
    expect(loadLibrary()).toBe(loadLibrary());
    expect(loadLibrary().dir).toBe(findLibraryDir());
  });

  it('is found by walking up from the module, from any depth below the package', () => {
    const dir = libraryCopy();
    const deep = join(dir, '..', 'dist', 'chunks');
    mkdirSync(deep, { recursive: true });
    expect(findLibraryDir(deep)).toBe(dir);
    const empty = mkdtempSync(join(tmpdir(), 'jixiao-nolib-'));
    temps.push(empty);
    expect(() => findLibraryDir(empty)).toThrow(LibraryError);
    expect(() => findLibraryDir(empty)).toThrow(/找不到内置指标库/);
  });

  it('rejects a template using an unknown {{variable}}, naming the file and the indicator', () => {
    const dir = libraryCopy();
    editJson(join(dir, 'construction.json'), (d) => {
      d.indicators[0].description = '完成{{nn}}{{unit}}';
    });
    expect(() => loadLibrary({ dir })).toThrow(
      /construction\.json indicators\[0\]（建设改造数量）：description 用了不认识的变量 \{\{nn\}\}/,
    );
  });

  it('rejects a misspelt field (strict schema), a missing file and broken JSON with Chinese messages', () => {
    const misspelt = libraryCopy();
    editJson(join(misspelt, 'equipment.json'), (d) => {
      d.indicators[0].ifUnkown = 'skip';
    });
    expect(() => loadLibrary({ dir: misspelt })).toThrow(/equipment\.json 格式有误：indicators\.0/);

    const missing = libraryCopy();
    rmSync(join(missing, 'publicity.json'));
    expect(() => loadLibrary({ dir: missing })).toThrow(/publicity\.json 文件不存在/);

    const broken = libraryCopy();
    writeFileSync(join(broken, 'levels.json'), '{ "local": ');
    expect(() => loadLibrary({ dir: broken })).toThrow(/levels\.json 无法读取/);
  });

  it('rejects a level pair outside the framework', () => {
    const dir = libraryCopy();
    editJson(join(dir, 'levels.json'), (d) => {
      d.local.cost = ['成本指标', '经济成本指标'];
    });
    expect(() => loadLibrary({ dir })).toThrow(/local 中没有 成本指标\/经济成本指标/);
  });

  it('fills templates and refuses a variable without a value', () => {
    expect(templateVars('{{item}}支出不超过{{n}}{{unit}}')).toEqual(['item', 'n', 'unit']);
    expect(
      fillTemplate('{{item}}支出不超过{{n}}{{unit}}', { item: '外墙保温改造', n: 45, unit: '万元' }),
    ).toBe('外墙保温改造支出不超过45万元');
    expect(() => fillTemplate('{{x}}', {})).toThrow(LibraryError);
  });
});
