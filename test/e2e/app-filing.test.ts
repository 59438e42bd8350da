/**
 * APP filing specifics in the built extension on the demo console's 填写APP信息 step:
 * the app's domains and IPs are listed side by side (resolution to other IPs is a documented
 * rectification), and a name carrying a platform mark is told that one filing covers every
 * store and the installed name decides. Synthetic values only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type } from './console-driver';
import { launch, type Harness } from './harness';
import { readWarnings } from './inline-warnings';
import { activeState } from './panel-driver';

const POLL = { timeout: 20_000 };
let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('the APP information step', () => {
  it('lists the app’s domains next to its filed IPs, and says the installed name decides for a name with a store mark', async () => {
    const page = await h.openConsole('#/app');
    const card = page.locator('section.website-card').first();
    await type(card, 'APP名称', '演示记账（安卓版）');
    await type(card, '域名', 'demo-ledger.cn');
    await type(card, 'IP地址', '121.36.10.20');

    // Inline: the reminder sits by the IP field and names both the domain and the IP.
    await expect
      .poll(async () => (await readWarnings(page)).find((w) => w.field === 'apps[0].ips')?.message ?? '', POLL)
      .toMatch(/demo-ledger\.cn[\s\S]*121\.36\.10\.20/);

    const panel = await h.openSidePanel(page);
    const findings = async () => (await activeState(panel))?.result.findings ?? [];
    await expect
      .poll(async () => (await findings()).map((f) => f.ruleId), POLL)
      .toEqual(expect.arrayContaining(['national/app-resolution-reminder', 'national/app-store-names']));
    const names = (await findings()).find((f) => f.ruleId === 'national/app-store-names')!;
    expect(names.field).toBe('apps[0].name');
    expect(names.message['zh-CN']).toContain('安卓版');
    // The panel shows both, under the APP step.
    const text = await panel.locator('section.findings').innerText();
    expect(text).toContain('121.36.10.20');
    expect(text).toContain('安卓版');

    // The reminder follows the form: a corrected IP is what it lists next.
    await type(card, 'IP地址', '121.36.10.21');
    await expect
      .poll(async () => (await findings()).find((f) => f.ruleId === 'national/app-resolution-reminder')?.message['zh-CN'] ?? '', POLL)
      .toContain('121.36.10.21');
    await panel.close();
    await page.close();
  });
});
