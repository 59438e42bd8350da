/** The Huawei console's content script: the kit (components/console), run with Huawei's definition (console.ts). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runConsole } from '../../components/console/content-script';
import { huawei } from './console';
import { HUAWEI_CONSOLE_MATCHES } from './hosts';

export default defineContentScript({
  matches: HUAWEI_CONSOLE_MATCHES,
  runAt: 'document_idle',
  // WXT would window.postMessage "<extension id>:huawei:wxt:content-script-started" to
  // every script of the page: the extension's id, and the name of the event that ends
  // WXT's context. runConsole does not use that context (components/console/lifetime.ts).
  noScriptStartedPostMessage: true,
  main: () => runConsole(huawei),
});
