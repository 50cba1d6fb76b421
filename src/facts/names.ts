import type { Indicator } from '../domain/document.js';
import { normalizeUnit } from '../value/units.js';

/** The unit a 三级 name gives in brackets: `调查数量（户）` → 户, `征收工作经费（万元）` → 万元; '' if none. */
export function nameUnit(name: string): string {
  const m = /[（(]([^（()）]{1,8})[)）]\s*$/.exec(name.trim());
  return m ? m[1].trim() : '';
}

/** The name without a trailing bracketed unit or note: `覆盖率（%）` → 覆盖率. */
export function bareName(name: string): string {
  return name
    .trim()
    .replace(/\s*[（(][^（()）]*[)）]\s*$/, '')
    .trim();
}

/** The unit of an indicator's value: as written after the number, else the one its name gives in brackets. */
export function indicatorUnit(indicator: Indicator): string {
  return indicator.value.unit || normalizeUnit(nameUnit(indicator.name));
}
