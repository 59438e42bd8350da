/**
 * `npm run demo`: the extension at work on the demo console.
 *
 * Builds the extension and the demo console when missing or older than their sources, starts
 * Debian's Chromium with the extension (headed when DISPLAY is set, else headless), serves the
 * demo console at https://console.huaweicloud.com/beian/, types a sample filing with typical
 * mistakes step by step, prints the inline warnings the extension shows on each step (read from
 * its shadow roots) and saves screenshots to .output/demo/. All data is synthetic.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { makeCreditCode, makeIdNumber } from '../support/synthetic-ids';
import { ensureBuilds, launch, ROOT } from '../e2e/harness';
import { fillSubject, fillUploads, fillVerify, fillWebsite, next, type FilingInput } from '../e2e/sample-filing';
import { waitForRoute } from '../e2e/console-driver';

const OUT = join(ROOT, '.output', 'demo');

/** The mistakes this filing makes on purpose; the extension should flag each of them. */
const MISTAKES = [
  '域名 typed with www. (www.demo-example.cn) instead of the registered domain',
  '主体负责人: 应急联系电话 is the same number as 手机号码',
  '主体负责人: ID card valid only until 2027-01-10 (less than 3 months left on 2026-11-29)',
  '网站名称 uses 中国 without being a national body',
  '互联网信息服务负责人 has the same mobile number as the 主体负责人 while being another person',
  'IP地址段 is a documentation (reserved) address, not a public server IP',
];

const MOBILE = '13800000001';
const FILING: FilingInput = {
  province: '广东省',
  nature: '企业',
  subjectName: '深圳演示科技有限公司',
  certType: '营业执照（个人或企业）',
  certNumber: makeCreditCode(),
  resourceType: '弹性云服务器',
  domain: 'www.demo-example.cn',
  certAddress: '广东省深圳市南山区演示路1号演示大厦101室',
  mailing: ['广东省', '深圳市', '南山区'],
  mailingDetail: '演示路1号演示大厦101室',
  investor: '深圳演示科技有限公司',
  subjectPrincipal: {
    name: '李演示',
    idNumber: makeIdNumber({ region: '440305', birth: '1985-03-15', sequence: '123' }),
    validFrom: '2017-01-10',
    validTo: '2027-01-10',
    mobile: MOBILE,
    emergencyPhone: MOBILE,
    email: 'owner@example.com',
  },
  website: {
    name: '中国演示科技网',
    domain: 'www.demo-example.cn',
    subDomains: [],
    homepageUrl: 'www.demo-example.cn',
    ip: '192.0.2.10',
    serviceContent: ['单位门户网站'],
    languages: ['中文简体'],
    preApprovals: ['以上都不涉及'],
    principal: {
      name: '王示例',
      idNumber: makeIdNumber({ region: '440304', birth: '1992-07-08', sequence: '456' }),
      validFrom: '2020-03-01',
      validTo: '2040-03-01',
      mobile: MOBILE,
      emergencyPhone: '13900000003',
      email: 'site-owner@example.com',
    },
  },
};

interface SeenWarning {
  field: string;
  severity: string;
  message: string;
}

/** Reads every inline warning host (data-beian-precheck-field) and the text in its shadow root. */
async function readWarnings(page: Page): Promise<SeenWarning[]> {
  return page.evaluate(() => {
    const out: { field: string; severity: string; message: string }[] = [];
    for (const host of Array.from(document.querySelectorAll('[data-beian-precheck-field]'))) {
      const field = host.getAttribute('data-beian-precheck-field') ?? '';
      const root = host.shadowRoot;
      if (!root) {
        out.push({ field, severity: '?', message: '(closed or no shadow root)' });
        continue;
      }
      const items = Array.from(root.querySelectorAll('.item'));
      if (items.length === 0) {
        const text = Array.from(root.childNodes)
          .filter((n) => n.nodeName !== 'STYLE')
          .map((n) => n.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (text) out.push({ field, severity: '?', message: text });
        continue;
      }
      for (const item of items) {
        const severity = ['error', 'warning', 'info'].find((s) => item.classList.contains(s)) ?? '?';
        const message = (item.querySelector('.msg')?.textContent ?? item.textContent ?? '').replace(/\s+/g, ' ').trim();
        out.push({ field, severity, message });
      }
    }
    return out;
  });
}

/** Waits until the set of warnings stops changing (the extension debounces its re-checks). */
async function settledWarnings(page: Page): Promise<SeenWarning[]> {
  let last = '';
  let stableSince = Date.now();
  const deadline = Date.now() + 10_000;
  let warnings: SeenWarning[] = [];
  while (Date.now() < deadline) {
    warnings = await readWarnings(page);
    const key = JSON.stringify(warnings);
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 1_500) break;
    await page.waitForTimeout(250);
  }
  return warnings;
}

async function report(page: Page, step: string, shot: string): Promise<number> {
  const warnings = await settledWarnings(page);
  console.log(`\n── ${step}`);
  if (warnings.length === 0) console.log('   no inline warnings found (no [data-beian-precheck-field] hosts on this step)');
  for (const w of warnings) console.log(`   [${w.severity}] ${w.field}: ${w.message}`);
  await page.screenshot({ path: join(OUT, shot), fullPage: true });
  console.log(`   screenshot: ${join('.output', 'demo', shot)}`);
  return warnings.length;
}

async function main(): Promise<void> {
  ensureBuilds({ stale: true });
  mkdirSync(OUT, { recursive: true });
  const headed = Boolean(process.env.DISPLAY);
  console.log(`Beian Precheck demo — Chromium ${headed ? 'headed' : 'headless'} with the extension, demo console at https://console.huaweicloud.com/beian/`);
  console.log('Planted mistakes:');
  for (const m of MISTAKES) console.log(`   • ${m}`);

  const h = await launch({ headless: !headed, slowMo: headed ? 40 : undefined });
  let total = 0;
  try {
    const page = await h.openConsole();
    await fillVerify(page, FILING);
    total += await report(page, '验证备案类型', '1-verify.png');
    await next(page, '验证备案类型', 'subject');

    await fillSubject(page, FILING);
    total += await report(page, '填写主体信息', '2-subject.png');
    await next(page, '下一步', 'website');

    await fillWebsite(page, FILING);
    total += await report(page, '填写网站信息', '3-website.png');
    await next(page, '下一步', 'upload');

    await fillUploads(page);
    total += await report(page, '上传资料', '4-upload.png');

    // The panel shows the active tab's results: open it, then put the console back in front.
    await page.evaluate(() => (location.hash = '#/website'));
    await waitForRoute(page, 'website');
    const panel = await h.openSidePanel(page);
    await panel.waitForTimeout(2_000);
    await panel.screenshot({ path: join(OUT, '5-sidepanel.png'), fullPage: true });
    console.log(`\nSide panel page (for the 填写网站信息 step): ${join('.output', 'demo', '5-sidepanel.png')}`);

    console.log(`\n${total} inline warning(s) seen in all. External requests attempted: ${h.requests.filter((r) => r.outcome === 'aborted').length}.`);
    if (headed && process.stdin.isTTY) {
      console.log('Press Enter to close the browser.');
      await new Promise((resolve) => process.stdin.once('data', resolve));
    }
  } finally {
    await h.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
