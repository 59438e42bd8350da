/**
 * The Huawei console's content script: the kit (components/console), run with Huawei's
 * definition (console.ts). In every frame of the console's pages, so that a form the console
 * puts in a same-origin iframe is read too; a frame without the form stays silent
 * (components/console/frames.ts).
 */
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
  // Also in same-origin frames: a console may put its form in one (components/console/frames.ts).
  allFrames: true,
  main: () => runConsole(huawei),
});
