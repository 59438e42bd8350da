/**
 * Where the content script finds the page report (page-report.ts). It is needed only when
 * the user asks for one, so it travels in page-engine.js (entrypoints/page-engine.ts, the
 * second content script, run right after the console's in the same isolated world, which no
 * page script can reach), not in the console's small script with its size budget.
 */
import type { pageReport } from './page-report';

export type PageReporter = typeof pageReport;

export const PAGE_REPORT_SLOT = '__beianPrecheckPageReport';

/** The reporter page-engine.js left, if it ran. */
export function pageReporterIn(global: object): PageReporter | undefined {
  const reporter = (global as Record<string, unknown>)[PAGE_REPORT_SLOT];
  return typeof reporter === 'function' ? (reporter as PageReporter) : undefined;
}
