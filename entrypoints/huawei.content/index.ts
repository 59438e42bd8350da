import { defineContentScript } from 'wxt/utils/define-content-script';
import { HUAWEI_CONSOLE_MATCHES } from './hosts';

export default defineContentScript({
  matches: HUAWEI_CONSOLE_MATCHES,
  main() {},
});
