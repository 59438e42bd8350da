/**
 * What teaching needs beyond reading (picking mode, building a locator), left by
 * entrypoints/page-engine.ts where the content script looks for it, as the page judge is
 * (components/engine-client/hybrid.ts): it is needed only when the user teaches a field, and
 * the console's content script has a size budget (components/console/README.md).
 */
import type { startPicker } from '../inline/picker';
import type { buildLocator } from './locator';

export interface TeachTools {
  readonly startPicker: typeof startPicker;
  readonly buildLocator: typeof buildLocator;
}

/** A property of the content scripts' global object, which the console's own scripts cannot see. */
export const TEACH_TOOLS_SLOT = '__beianPrecheckTeachTools';

/** The tools entrypoints/page-engine.ts left, if it ran. */
export function teachToolsIn(global: object): TeachTools | undefined {
  const tools = (global as Record<string, unknown>)[TEACH_TOOLS_SLOT];
  return tools && typeof tools === 'object' ? (tools as TeachTools) : undefined;
}
