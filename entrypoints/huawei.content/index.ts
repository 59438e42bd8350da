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
  allFrames: true,
  main: (ctx) => runConsole(huawei, ctx),
});
