/**
 * What flows between the parts of the extension, one way:
 * content script (reads the console, runs the rules) → background (keeps the latest
 * state per tab in session-only storage) → side panel (renders it). The panel asks the
 * content script to focus a field or to take the user's answers (declarations).
 *
 * TabState holds form values, so it lives only in memory and `storage.session`
 * (cleared when the browser closes; the background also drops a tab's entry when the
 * tab closes). Persistent `storage.local` holds Settings only.
 */
import type { RunResult } from '../rules/engine/run';
import type { Lang } from '../rules/engine/types';
import type { FilingForm } from '../rules/model/filing-form';
import type { Step } from '../rules/model/fields';

export interface AdapterHealth {
  /** Field ids the current step should show. */
  readonly expected: readonly string[];
  /** Expected fields the adapter could not find: the console may have changed. */
  readonly missing: readonly string[];
}

export interface TabState {
  readonly console: 'huawei';
  /** Wizard step on screen. */
  readonly step: Step | 'unknown';
  readonly form: FilingForm;
  readonly result: RunResult;
  readonly health: AdapterHealth;
  /** performance.timeOrigin-based timestamp of the evaluation, for ordering only. */
  readonly updatedAt: number;
}

export type StateMessage = { readonly type: 'state'; readonly state: TabState };

export type ContentToBackground =
  | StateMessage
  /** The words of every rule (texts, sources): the content script bundles only the rules' logic. Answer: RuleCatalog. */
  | { readonly type: 'get-catalog' };

export type PanelToContent =
  | { readonly type: 'focus-field'; readonly field: string }
  | { readonly type: 'set-declarations'; readonly declarations: NonNullable<FilingForm['declarations']> }
  | { readonly type: 'set-principal-flags'; readonly field: string; readonly isLegalRepresentative: boolean };

/** Session-storage key of a tab's state. */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

export interface Settings {
  readonly version: 1;
  readonly lang: Lang;
  /** Rule ids the user switched off. */
  readonly disabledRules: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = { version: 1, lang: 'zh-CN', disabledRules: [] };
/** `storage.local` key of the Settings. */
export const SETTINGS_KEY = 'settings';
