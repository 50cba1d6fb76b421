import { createContext, useContext, type ReactNode } from 'react';
import type { Answers } from '../domain/answers.js';
import type { JixiaoDocument } from '../domain/document.js';
import type { Finding } from '../domain/finding.js';
import type { Drafter } from '../draft/types.js';
import type { DraftStore } from '../store/drafts.js';
import type { Settings } from '../store/settings-schema.js';

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
export interface Services {
  drafts: DraftStore;
  settings: SettingsService;
  /** The drafter the settings ask for (offline library by default). */
  loadDrafter(): Promise<Drafter>;
  loadChecker(): Promise<CheckFn>;
  /** Reads a file a person points at (JSON, text copied from Word…) and checks it. */
  checkFile(path: string): Promise<LoadedForCheck>;
  /** The worked example: a made-up 街道办事处 with five projects. */
  loadExample(): Promise<Answers>;
  /** The document as Markdown (the preview and the .md export share it). */
  toMarkdown(document: JixiaoDocument): Promise<string>;
  /** Writes the JSON and Markdown files into `dir` atomically; returns their paths. */
  exportFiles(dir: string, document: JixiaoDocument): Promise<string[]>;
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
