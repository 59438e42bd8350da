/**
 * The content script's answer to the side panel's `report-page` (PanelToContent): the page
 * report (page-report.ts) of this frame, when this frame speaks for the console. The panel
 * asks the tab, so every frame with a content script hears it and the first answer wins: a
 * frame answers when it shows the form (its last read found a step or a field) or when it is
 * the top frame (whose report holds its same-origin frames); a child frame without a form
 * stays silent, so an empty frame never answers for the form.
 */
import type { PageReportReply } from '../messaging/protocol';
import type { ConsoleDefinition } from './define-console';
import { isOwnHost } from '../inline/host';
import type { PageRead } from './page-read';
import type { PageReporter } from './page-report-slot';

export function reportReply(
  def: ConsoleDefinition,
  win: Window,
  read: PageRead | undefined,
  about: { readonly version: string; readonly date: string },
  /** page-report.ts's pageReport, from page-engine.js (page-report-slot.ts); absent when that script did not run: no answer. */
  pageReport: PageReporter | undefined,
): PageReportReply | undefined {
  const showsForm = !!read && (read.step !== 'unknown' || [...read.found].some((id) => id !== 'filingType'));
  if (!pageReport || (!showsForm && win.top !== win)) return undefined;
  const step = read?.step ?? 'unknown';
  const report = pageReport(win.document, { libraries: def.libraries, console: def.id, step, date: about.date, version: about.version, ownHost: isOwnHost });
  return { report, console: def.id, step, date: about.date };
}
