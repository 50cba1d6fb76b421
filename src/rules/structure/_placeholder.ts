import type { Indicator } from '../../domain/document.js';

/** A 三级 name that is no name: empty, or only dots, ellipses, dashes or slashes ("……", "...", "—"). */
export function isLeftoverName(name: string): boolean {
  return /^[\s.。…·•‥⋯—–\-_/、]*$/.test(name.normalize('NFKC'));
}

/**
 * A template row left in the table: no 三级 name (or "……"). Other rules skip these rows; the
 * structure/placeholder rule reports them. Exported for every family (e.g. value/missing-target).
 */
export function isTemplateRow(indicator: Pick<Indicator, 'name'>): boolean {
  return isLeftoverName(indicator.name);
}
