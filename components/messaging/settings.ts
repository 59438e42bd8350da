/**
 * The user's Settings in `storage.local` (key SETTINGS_KEY), shared by the side panel
 * (which edits them) and the content script (which reads `lang` for inline warnings and
 * skips `disabledRules`). Values read back are sanitised, so a damaged entry falls back
 * to the defaults instead of breaking the UI.
 */
import { browser } from 'wxt/browser';
import { LANGS, type Lang } from '../../rules/engine/types';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './protocol';

// Plain browser.storage.local rather than WXT's storage wrapper: the wrapper adds ~3 KB
// gzip to the content script for one key that needs no versioning or locking.

/**
 * `ruleId` maps a stored rule id to the current one (rules/renames.ts currentRuleId): the
 * side panel and the engine hosts pass it, so a renamed rule stays switched off. The content
 * script reads the ids as stored (its bundle carries no rule ids; the engine it asks maps them).
 */
export function sanitizeSettings(value: unknown, ruleId: (id: string) => string = (id) => id): Settings {
  if (!value || typeof value !== 'object') return DEFAULT_SETTINGS;
  const raw = value as Partial<Record<keyof Settings, unknown>>;
  const lang = LANGS.includes(raw.lang as Lang) ? (raw.lang as Lang) : DEFAULT_SETTINGS.lang;
  // Renamed rules stay switched off: an id stored before a rename reads back as the current id.
  const stored = Array.isArray(raw.disabledRules) ? raw.disabledRules.filter((id): id is string => typeof id === 'string') : [];
  const disabledRules = [...new Set(stored.map(ruleId))];
  return { version: 1, lang, disabledRules };
}

export async function loadSettings(ruleId?: (id: string) => string): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return sanitizeSettings(stored[SETTINGS_KEY], ruleId);
}

/** Calls `listener` with the new Settings whenever they change; returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void, ruleId?: (id: string) => string): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(sanitizeSettings(changes[SETTINGS_KEY]!.newValue, ruleId));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: sanitizeSettings(settings) });
}
