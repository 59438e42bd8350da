/**
 * Taught fields in `storage.local` (components/messaging/taught.ts): read back validated,
 * written whole per console, watched by the content script and the side panel.
 */
import { browser } from 'wxt/browser';
import { sanitizeTaught, TAUGHT_KEY_PREFIX, taughtKey, type TaughtFields } from './taught';

export async function loadTaught(consoleId: string): Promise<TaughtFields> {
  const key = taughtKey(consoleId);
  const stored = await browser.storage.local.get(key);
  return sanitizeTaught(stored[key]);
}

/** Every console's taught fields, by console id; `sanitize`: how each entry is checked (the panel passes its zod check). */
export async function loadAllTaught(sanitize: (value: unknown) => TaughtFields = sanitizeTaught): Promise<Record<string, TaughtFields>> {
  const stored = (await browser.storage.local.get(null)) as Record<string, unknown>;
  const out: Record<string, TaughtFields> = {};
  for (const [key, value] of Object.entries(stored)) if (key.startsWith(TAUGHT_KEY_PREFIX)) out[key.slice(TAUGHT_KEY_PREFIX.length)] = sanitize(value);
  return out;
}

export async function saveTaught(consoleId: string, fields: TaughtFields): Promise<void> {
  const clean = sanitizeTaught(fields);
  if (Object.keys(clean).length === 0) await browser.storage.local.remove(taughtKey(consoleId));
  else await browser.storage.local.set({ [taughtKey(consoleId)]: clean });
}

/** Calls `listener(consoleId, fields)` whenever a console's taught fields change; returns the unsubscribe function. */
export function watchTaught(
  listener: (consoleId: string, fields: TaughtFields) => void,
  sanitize: (value: unknown) => TaughtFields = sanitizeTaught,
): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith(TAUGHT_KEY_PREFIX)) listener(key.slice(TAUGHT_KEY_PREFIX.length), sanitize(change.newValue));
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
