/** The Huawei console's content script: the kit (components/console), run with Huawei's definition (console.ts). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runConsole } from '../../components/console/content-script';
import { huawei } from './console';
import { HUAWEI_CONSOLE_MATCHES } from './hosts';

export default defineContentScript({
  matches: HUAWEI_CONSOLE_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runConsole(huawei, ctx),
});
