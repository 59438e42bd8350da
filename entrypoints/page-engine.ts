/**
 * The rules, brought into the console page by the content script once its first findings
 * are on screen (components/engine-client/hybrid.ts): imported from the extension
 * as a web-accessible file, it runs beside the content script, not in the console's world,
 * and leaves its judge where the content script looks for it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ALL_RULES } from '../rules/all-rules';
import { PAGE_ENGINE_SLOT, type PageJudge } from '../components/engine-client/hybrid';
import { judgePage } from '../components/engine-client/local';

export default defineUnlistedScript({
  // Firefox keeps the rules in the background (see the content script's loadJudge).
  exclude: ['firefox'],
  main() {
    const judge = judgePage(ALL_RULES);
    const pageJudge: PageJudge = (page) => judge(page).result.findings;
    (globalThis as Record<string, unknown>)[PAGE_ENGINE_SLOT] = pageJudge;
  },
});
