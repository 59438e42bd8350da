/**
 * The names the inline warnings give their fields (详情：网站 1 · 网站名称). The table of field
 * names (rules/model/fields.ts) is large and the console's content script has a size budget
 * (components/console/README.md), so the names travel in page-engine.js (entrypoints/page-engine.ts,
 * run right after the console's script in the same isolated world) and the content script
 * asks for them here when it renders a warning. Findings come after the first read is judged,
 * when page-engine.js has run; until then, and if it never runs, a warning's controls are named
 * by the plain words (详情) alone.
 */
import type { Lang } from '../../rules/engine/types';

export type FieldNamer = (field: string, lang: Lang) => string;

/** A property of the content scripts' global object, which the console's own scripts cannot see. */
export const FIELD_NAMES_SLOT = '__beianPrecheckFieldNames';

/** The namer page-engine.js left, if it ran. */
export function fieldNamerIn(global: object): FieldNamer | undefined {
  const namer = (global as Record<string, unknown>)[FIELD_NAMES_SLOT];
  return typeof namer === 'function' ? (namer as FieldNamer) : undefined;
}
