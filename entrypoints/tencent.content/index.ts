/** The Tencent Cloud console's content script: the kit (components/console), run with Tencent's definition (console.ts). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runConsole } from '../../components/console/content-script';
import { tencent } from './console';
import { TENCENT_CONSOLE_MATCHES } from './hosts';

export default defineContentScript({
  matches: TENCENT_CONSOLE_MATCHES,
  runAt: 'document_idle',
  // No id broadcast to the page; runConsole's lifetime is the extension's (see huawei.content/index.ts).
  noScriptStartedPostMessage: true,
  // Also in same-origin frames (components/console/frames.ts).
  allFrames: true,
  main: () => runConsole(tencent),
});
