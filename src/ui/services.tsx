import { createContext, useContext, type ReactNode } from 'react';
import type { Answers } from '../domain/answers.js';
import type { JixiaoDocument } from '../domain/document.js';
import type { Finding } from '../domain/finding.js';
import type { Drafter } from '../draft/types.js';
import type { DraftStore } from '../store/drafts.js';
import type { Settings } from '../store/settings-schema.js';
import type { ModelServices } from './model-access.js';

/** The checker as the review screen uses it: findings of a whole document, synchronously. */
export type CheckFn = (document: JixiaoDocument) => Finding[];

export interface SettingsService {
  /** Reads the settings file (after the first frame: conf is slow to load); `notice` when a broken file was replaced. */
  load(): Promise<{ settings: Settings; notice: string | null }>;
  /** Saves and returns the stored settings; rejects with a Chinese message when invalid. */
  save(settings: Settings): Promise<Settings>;
}

export interface LoadedForCheck {
  document: JixiaoDocument | null;
  findings: Finding[];
}

/**
 * Everything the app does outside itself (files, drafting, checking, time). Components never do IO:
 * they call these, so tests pass fakes. Heavy modules load on first use (promises).
 */
export interface Services extends ModelServices {
  drafts: DraftStore;
  settings: SettingsService;
  /**
   * The drafter the settings ask for: the configured model's (its failures fall back to the library
   * table by table), else the offline library; `offline` always gives the library. Rejects with a
   * Chinese message when a model is asked for but cannot be used (no key…).
   */
  loadDrafter(options?: { offline?: boolean; settings?: Settings }): Promise<Drafter>;
  loadChecker(): Promise<CheckFn>;
  /** Reads a file a person points at (JSON, text copied from Word…) and checks it. */
  checkFile(path: string): Promise<LoadedForCheck>;
  /**
   * Last year's tables from a file a person points at (any format the importer reads), with the path
   * made absolute (a draft keeps it); rejects with a Chinese message when it holds no project table.
   */
  readLastYear(path: string): Promise<{ path: string; document: JixiaoDocument; projects: number }>;
  /** The worked example: a made-up 街道办事处 with five projects. */
  loadExample(): Promise<Answers>;
  /** The document as Markdown (the preview and the .md export share it). */
  toMarkdown(document: JixiaoDocument): Promise<string>;
  /**
   * Writes the JSON, Markdown, Word and Excel files into `dir`, each atomically; returns their paths.
   * Fails with a Chinese message (naming the files already written).
   */
  exportFiles(
    dir: string,
    document: JixiaoDocument,
    options?: { fonts?: { fontBody?: string; fontHeading?: string } },
  ): Promise<string[]>;
  /** The folder offered for export when the settings name none (the current folder). */
  defaultExportDir(): string;
  now(): Date;
  newId(): string;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesProvider missing');
  return services;
}
