import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { documentsDir } from './documents-dir.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type JixiaoDocument } from '../domain/document.js';
import { isSelfEvaluation } from '../domain/table-kind.js';
import { createDraftStore, newDraftId, type DraftStore } from '../store/drafts.js';
import { lockNewDraft } from '../store/draft-lock.js';
import { writeAllFormats } from './export-files.js';
import { createModelServices, type ModelServicesOptions } from './services-model.js';
import type { SettingsService, Services, CheckFn } from './services.js';

/**
 * The real services: drafts in the data folder, settings through conf, the drafter, checker,
 * importer and exporters loaded when first needed (so the first screen appears quickly).
 */

/** `~/文档` → the home folder; relative paths from the current folder. */
export function expandPath(path: string, cwd = process.cwd(), home = homedir()): string {
  const p = path.trim();
  if (p === '~') return home;
  if (p.startsWith('~/') || p.startsWith('~\\')) return join(home, p.slice(2));
  return resolve(cwd, p);
}

/** The package folder (where examples/ and library/ are), found upward from this module (src/ui or dist). */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'examples'))) return dir;
    dir = dirname(dir);
  }
  return resolve(from, '..', '..');
}

/** File names for an export: "青石街道办事处2025年度绩效目标表", characters Windows refuses removed. */
export function exportBaseName(document: JixiaoDocument): string {
  const unit = (document.unit.name || '未命名单位').replace(/[\\/:*?"<>|\s]+/g, '');
  const { tables } = document;
  const what =
    tables.length > 0 && tables.every((t) => t.kind === 'self-evaluation')
      ? '项目支出绩效自评表'
      : tables.length > 0 && tables.every(isSelfEvaluation)
        ? '绩效自评表'
        : '绩效目标表';
  return `${unit}${document.unit.year ? `${document.unit.year}年度` : ''}${what}`;
}

/** What is exported: rejected suggestions are left out (kept reasons travel with their indicators). */
export function documentForExport(document: JixiaoDocument): JixiaoDocument {
  return {
    ...document,
    tables: document.tables.map(
      (t) => ({ ...t, indicators: t.indicators.filter((i) => i.status !== 'rejected') }) as typeof t,
    ),
  };
}

export function createNodeServices(
  options: {
    settings: SettingsService;
    drafts?: DraftStore;
    cwd?: string;
    home?: string;
  } & ModelServicesOptions,
): Services {
  const cwd = options.cwd ?? process.cwd();
  const model = createModelServices({ env: options.env, configDir: options.configDir });
  let checker: Promise<CheckFn> | null = null;
  const loadChecker = () => {
    checker ??= import('../rules/engine.js').then(
      ({ checkDocument }) =>
        (document: JixiaoDocument) =>
          checkDocument(document).findings,
    );
    return checker;
  };
  const drafts = options.drafts ?? createDraftStore();
  return {
    ...model,
    drafts,
    settings: options.settings,
    loadChecker,
    async checkFile(path) {
      const [{ loadDocumentFile }, { checkDocument }] = await Promise.all([
        import('../import/index.js'),
        import('../rules/engine.js'),
      ]);
      const loaded = await loadDocumentFile(expandPath(path, cwd));
      const checked = checkDocument(loaded.input);
      return { document: checked.document, findings: [...loaded.findings, ...checked.findings] };
    },
    async readLastYear(path) {
      const { readLastYearFile } = await import('../draft/last-year.js');
      const full = expandPath(path, cwd);
      return { path: full, ...(await readLastYearFile(full)) };
    },
    async loadExample() {
      const file = join(packageRoot(), 'examples', 'street-office-answers.json');
      const { Answers } = await import('../domain/answers.js');
      return Answers.parse(JSON.parse(await readFile(file, 'utf8')));
    },
    async toMarkdown(document) {
      const { exportMarkdown } = await import('../export/markdown.js');
      return exportMarkdown(documentForExport(document));
    },
    async exportFiles(dir, document, { fonts } = {}) {
      const exported = documentForExport(document);
      return writeAllFormats(expandPath(dir, cwd), exportBaseName(exported), exported, fonts);
    },
    defaultExportDir: () => documentsDir(options.home),
    now: () => new Date(),
    // Every draft the app creates gets its id here: it is locked to this window from then on.
    newId: () => {
      const id = newDraftId(new Date());
      lockNewDraft(drafts.dir, id);
      return id;
    },
  };
}
