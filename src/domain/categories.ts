import type { ProjectCategory } from './document.js';
import { classifyProject as classify, KIND_LABELS } from './project-model.js';

/**
 * The project categories as users see them. The kind itself is decided by the project model
 * (project-model.ts: the head of the name), shared with the drafter and the rules.
 */
export const CATEGORY_LABELS: Record<ProjectCategory, string> = KIND_LABELS;

/** The most likely category of a project: the head of its name; `other` when nothing fits. */
export function classifyProject(project: {
  name: string;
  purpose?: string;
  goals?: string;
}): ProjectCategory {
  return classify(project);
}
