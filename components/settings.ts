/**
 * The user's Settings in `storage.local` (key SETTINGS_KEY), shared by the side panel
 * (which edits them) and the content script (which reads `lang` for inline warnings and
 * skips `disabledRules`). Values read back are sanitised, so a damaged entry falls back
 * to the defaults instead of breaking the UI.
 */
import { storage } from 'wxt/utils/storage';
import { LANGS, type Lang } from '../rules/engine/types';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './protocol';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, { fallback: DEFAULT_SETTINGS });

export function sanitizeSettings(value: unknown): Settings {
  if (!value || typeof value !== 'object') return DEFAULT_SETTINGS;
  const raw = value as Partial<Record<keyof Settings, unknown>>;
  const lang = LANGS.includes(raw.lang as Lang) ? (raw.lang as Lang) : DEFAULT_SETTINGS.lang;
  const disabledRules = Array.isArray(raw.disabledRules) ? raw.disabledRules.filter((id): id is string => typeof id === 'string') : [];
  return { version: 1, lang, disabledRules };
}

export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** Calls `listener` with the new Settings whenever they change; returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(sanitizeSettings(value)));
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(sanitizeSettings(settings));
}
