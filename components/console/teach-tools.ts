/**
 * What teaching needs (picking mode, building a locator, reading with the locators taught), left by
 * entrypoints/page-engine.ts where the content script looks for it, as the page judge is
 *  (components/engine-client/hybrid.ts): it is needed only once the user has taught a field, and
 * the console's content script has a size budget (components/console/README.md).
 */
import type { startPicker } from '../inline/picker';
import type { buildLocator } from './locator';
import type { taughtItems } from './taught';
import type { ConsoleDefinition } from './define-console';
import type { ConsoleRuntime } from './runtime';
import type { Teaching } from './teach';

export interface TeachTools {
  readonly startPicker: typeof startPicker;
  readonly buildLocator: typeof buildLocator;
  /** Reads the taught fields a read did not find (runtime.ts `taughtReader`). */
  readonly taughtItems: typeof taughtItems;
}

/** A property of the content scripts' global object, which the console's own scripts cannot see. */
export const TEACH_TOOLS_SLOT = '__beianPrecheckTeachTools';

/** The tools entrypoints/page-engine.ts left, if it ran. */
export function teachToolsIn(global: object): TeachTools | undefined {
  const tools = (global as Record<string, unknown>)[TEACH_TOOLS_SLOT];
  return tools && typeof tools === 'object' ? (tools as TeachTools) : undefined;
}

/**
 * What the console's content script leaves for page-engine.js to start teaching on
 * (content-script.ts): the manifest lists page-engine.js after the console's script in the same
 * entry, so it finds this filled and starts teach.ts there: loading the taught fields, watching
 * them, picking. The console's script keeps only the reading (runtime.ts `taughtReader`).
 */
export interface TeachingHost {
  readonly def: ConsoleDefinition;
  readonly doc: Document;
  readonly runtime: Pick<ConsoleRuntime, 'lastRead' | 'setTaught' | 'lang'>;
  /** Registers what to do when the extension goes away under the page. */
  readonly onInvalidated: (stop: () => void) => void;
  /** Set by page-engine.js once it has started teaching. */
  teaching?: Teaching;
}

export const TEACHING_HOST_SLOT = '__beianPrecheckTeachingHost';

/** The host the console's content script left, if any. */
export function teachingHostIn(global: object): TeachingHost | undefined {
  const host = (global as Record<string, unknown>)[TEACHING_HOST_SLOT];
  return host && typeof host === 'object' ? (host as TeachingHost) : undefined;
}
