/**
 * What flows between the parts of the extension, one way:
 * content script (reads the console) → background (runs the rules, answers the
 * findings for the inline warnings, keeps the latest state per tab in session-only
 * storage) → side panel (renders it). The panel asks the content script to focus a
 * field or to take the user's answers (declarations).
 *
 * The content script starts small (the adapter and the inline UI, no rules): the
 * background judges its first reads. The rules then come into the page as their own file
 * (a second content script, listed after the console's) and judge each key press in
 * place (components/engine-client/hybrid.ts); the background keeps judging the reads for
 * the panel, a little later.
 *
 * TabState holds form values, so it lives only in memory and `storage.session`
 * (cleared when the browser closes; the background also drops a tab's entry when the
 * tab closes). Persistent `storage.local` holds Settings and taught locators only
 * (components/messaging/taught.ts: where a field is, never what it holds).
 */
import type { RunResult } from '../../rules/engine/run';
import type { Lang } from '../../rules/engine/types';
import type { FilingForm } from '../../rules/model/filing-form';
import type { ProviderId } from '../../rules/model/providers';
import type { ConsoleId } from '../console/define-console';
import type { UnreadValue } from '../console/page-read';
import type { Step } from '../../rules/model/fields';
import type { FindingOrRef } from './finding-refs';
import type { PageChange } from './page-changes';

export interface AdapterHealth {
  /** Field ids the current step should show. */
  readonly expected: readonly string[];
  /** Expected fields the adapter could not find: the console may have changed. */
  readonly missing: readonly string[];
  /**
   * The console has the materials uploaded (and the face check done) in its app or by QR
   * code (components/console/page-read.ts `materialsElsewhere`): a material the pages counted
   * no file for is "done in the app", not missing. Known from the page that says so until
   * the upload step shows its slots, or another order starts.
   */
  readonly materialsElsewhere?: true;
  /**
   * Values the page shows that the adapter could not take: an option text no vocabulary
   * lists, a control no reader knows (components/console/page-read.ts UnreadValue). Absent
   * when none.
   */
  readonly unread?: readonly UnreadValue[];
  /** Expected fields the adapter did not find, read where the user showed them (「在页面上指定」, components/console/taught.ts). Absent when none. */
  readonly taught?: readonly string[];
  /** Fields the user taught on this step whose control the page no longer shows where it was shown. Absent when none. */
  readonly staleTaught?: readonly string[];
}

export interface TabState {
  readonly console: ConsoleId;
  /** The cloud provider running the console (its definition's): rule context. */
  readonly provider: ProviderId;
  /** Wizard step on screen. */
  readonly step: Step | 'unknown';
  readonly form: FilingForm;
  readonly result: RunResult;
  readonly health: AdapterHealth;
  /** performance.timeOrigin-based timestamp of the evaluation, for ordering only. */
  readonly updatedAt: number;
}

/** What a content script that runs the rules itself (tests: components/engine-client/local.ts) posts: its whole state. */
export type StateMessage = { readonly type: 'state'; readonly state: TabState };

/** What the content script read: a TabState before the rules ran, and what they need to run. */
export interface PageState extends Omit<TabState, 'result'> {
  /** The user's local date, YYYY-MM-DD: a filing is judged on the day it is typed. */
  readonly today: string;
  /** Rule ids switched off in Settings. */
  readonly disabledRules: readonly string[];
}

/** Name of the long-lived port a content script opens to the background's rules engine. */
export const ENGINE_PORT = 'beian-precheck-engine';

/**
 * Content script → background over ENGINE_PORT. `seq` increases per port; only the latest
 * request matters. The first request on a port carries the whole read; later ones only
 * what changed since the previous request (components/messaging/page-changes.ts).
 */
export type EngineRequest =
  | { readonly type: 'evaluate'; readonly seq: number; readonly page: PageState }
  | { readonly type: 'changes'; readonly seq: number; readonly changes: readonly PageChange[] };
/**
 * Background → content script: the findings of request `seq` (the inline warnings need
 * nothing else), or `resend` when it cannot apply the changes (it has no earlier read on
 * this port): the content script then sends the whole read.
 */
export type EngineReply =
  /** `findings`: each finding whole the first time on this port, its number after (components/messaging/finding-refs.ts); `restart`: numbering starts over. */
  | { readonly type: 'findings'; readonly seq: number; readonly findings: readonly FindingOrRef[]; readonly restart?: boolean }
  | { readonly type: 'resend'; readonly seq: number };

export type PanelToContent =
  | { readonly type: 'focus-field'; readonly field: string }
  | { readonly type: 'set-declarations'; readonly declarations: NonNullable<FilingForm['declarations']> }
  | { readonly type: 'set-principal-flags'; readonly field: string; readonly isLegalRepresentative: boolean }
  /** Asks for the page's structure without values (components/console/page-report.ts), answered as a PageReportReply. */
  | { readonly type: 'report-page' }
  /**
   * Starts picking mode on the page: the user clicks the control of `field` (a field id), which
   * is then taught. `label`: the field's name in the user's language, for the hint bar (the
   * content script carries no field vocabulary).
   */
  | { readonly type: 'teach-field'; readonly field: string; readonly label?: string };

/** The content script's answer to `report-page`: the file's text, and what the file name says. */
export interface PageReportReply {
  readonly report: string;
  readonly console: ConsoleId;
  readonly step: Step | 'unknown';
  /** YYYY-MM-DD, the user's local date. */
  readonly date: string;
}

/** Session-storage key of a tab's state. */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

/**
 * Session-storage key of the materials the user ticked as prepared in a tab's side panel (a
 * list of MaterialItem keys, no personal data): kept for the tab only, dropped with its state.
 */
export const preparedKey = (tabId: number) => `prepared:${tabId}`;

export interface Settings {
  readonly version: 1;
  readonly lang: Lang;
  /** Rule ids the user switched off. */
  readonly disabledRules: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = { version: 1, lang: 'zh-CN', disabledRules: [] };
/** `storage.local` key of the Settings. */
export const SETTINGS_KEY = 'settings';
