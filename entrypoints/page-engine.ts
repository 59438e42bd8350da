/**
 * The rules in the console page (components/engine-client/hybrid.ts), and the page report
 * the side panel may ask for (components/console/page-report-slot.ts). It runs beside the
 * content script, not in the console's world, and leaves its judge where the content script
 * looks for it right after the task of its first read. The manifest lists it after the
 * console's content script, in the same entry (wxt.config.ts), so it runs in the same isolated
 * world right after that script has sent its first read to the background; no page can load
 * it as a file. It also leaves the tools for teaching a field (components/console/teach-tools.ts)
 * and the fields' names for the inline warnings (components/inline/field-names.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ALL_RULES } from '../rules/all-rules';
import { PAGE_ENGINE_SLOT, type PageJudge } from '../components/engine-client/hybrid';
import { judgePage } from '../components/engine-client/local';
import { pageReport } from '../components/console/page-report';
import { PAGE_REPORT_SLOT } from '../components/console/page-report-slot';
import { startPicker } from '../components/inline/picker';
import { buildLocator } from '../components/console/locator';
import { taughtItems } from '../components/console/taught';
import { TEACH_TOOLS_SLOT, teachingHostIn, type TeachTools } from '../components/console/teach-tools';
import { startTeaching } from '../components/console/teach';
import { FIELD_NAMES_SLOT, type FieldNamer } from '../components/inline/field-names';
import { fieldLabel } from '../rules/model/fields';

export default defineUnlistedScript({
  main() {
    const judge = judgePage(ALL_RULES);
    const pageJudge: PageJudge = (page) => judge(page).result.findings;
    (globalThis as Record<string, unknown>)[PAGE_ENGINE_SLOT] = pageJudge;
    // The page report (导出页面结构) rides here too: the console's own script stays small (components/console/page-report-slot.ts).
    (globalThis as Record<string, unknown>)[PAGE_REPORT_SLOT] = pageReport;
    // Picking mode and locators for teaching a field (components/console/teach.ts).
    const tools: TeachTools = { startPicker, buildLocator, taughtItems };
    (globalThis as Record<string, unknown>)[TEACH_TOOLS_SLOT] = tools;
    // Teaching for the console's script that ran just before (teach-tools.ts TeachingHost).
    const host = teachingHostIn(globalThis);
    if (host && !host.teaching) {
      const teaching = startTeaching(host.def, host.doc, host.runtime, () => tools);
      host.teaching = teaching;
      host.onInvalidated(() => teaching.stop());
    }
    // The names of the fields, for the inline warnings' controls (components/inline/field-names.ts).
    const namer: FieldNamer = fieldLabel;
    (globalThis as Record<string, unknown>)[FIELD_NAMES_SLOT] = namer;
  },
});
