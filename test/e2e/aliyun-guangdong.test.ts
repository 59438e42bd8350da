/**
 * A Guangdong filing on the Aliyun demo console (Ant Design): the side panel's checklist asks for
 * the 《互联网信息服务备案承诺书》 and says where Alibaba Cloud keeps its template (never Huawei
 * Cloud's), and a second website added on 填写网站信息 is read beside the first. Material ids come
 * from the rules; the provider's wording from rules/model/providers.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../rules/model/providers';
import { makeIdNumber } from '../support/synthetic-ids';
import { aliyunRoute, antChoose, antControl, antType } from './antd-driver';
import { externalRequests, launch, type Harness } from './harness';
import { activeState, materialStatus } from './panel-driver';

const POLL = { timeout: 20_000 };
const ID = makeIdNumber({ region: '440305', birth: '1990-01-01' });
const LETTER = 'gd-commitment-letter';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Step 1 (基础信息校验) of a person in 广东 with the first website's domain. */
async function fillVerify(page: Page): Promise<void> {
  await antChoose(page, '主办者所在地域', '广东省', { index: 0 });
  await antChoose(page, '主办者所在地域', '深圳市', { index: 1 });
  await antChoose(page, '主办者所在地域', '南山区', { index: 2 });
  await antChoose(page, '主办单位性质', '个人');
  await antChoose(page, '证件类型', '居民身份证');
  await antType(page, '证件号码', ID);
  await antType(page, '主办单位或主办人名称', '张三');
  await antType(page, '主办单位证件住所', '广东省深圳市南山区科技园路1号');
  await antType(page, '域名', 'zhangsan-notes.cn');
}

describe('a Guangdong filing on the Aliyun demo console', () => {
  it("lists the commitment letter as missing, with Alibaba Cloud's templates named and Huawei Cloud's not; a second website is read beside the first", async () => {
    const page = await h.openAliyunConsole('#/verify');
    await fillVerify(page);
    const panel = await h.openSidePanel(page);
    await expect.poll(async () => (await activeState(panel))?.form.province, POLL).toBe('GD');
    expect((await activeState(panel))?.provider).toBe('aliyun');

    await expect.poll(() => materialStatus(panel, LETTER), POLL).toBe('missing');
    const item = panel.locator(`section.materials li.material[data-material="${LETTER}"]`).first();
    expect(await item.locator('strong').innerText()).toContain('互联网信息服务备案承诺书');
    const howTo = await item.locator('.how-to').innerText();
    expect(howTo).toContain(PROVIDERS.aliyun.templates['zh-CN']);
    expect(howTo).not.toContain(PROVIDERS.huawei.name['zh-CN']);
    expect(howTo).not.toContain(PROVIDERS.tencent.name['zh-CN']);
    // The reason (inside the closed 为什么 details) is the personal version's: a person files.
    expect(await item.locator('.reasons .msg').allTextContents()).toEqual([expect.stringContaining('承诺书（个人）')]);

    // 信息校验 keeps step 1 (the first website's domain with it); then 填写网站信息 (the demo keeps the
    // order across its hash routes): the first website, then 「添加网站」.
    await page.getByRole('button', { name: '信息校验' }).click();
    await expect.poll(() => aliyunRoute(page), POLL).toBe('subject');
    await page.evaluate(() => (location.hash = '#/website'));
    await expect.poll(() => aliyunRoute(page), POLL).toBe('website');
    expect(await antControl(page, '网站域名').inputValue()).toBe('zhangsan-notes.cn');
    await antType(page, '网站名称', '张三的技术笔记');
    await page.getByRole('button', { name: '添加网站' }).click();
    await antType(page, '网站名称', '张三的摄影作品', 1);
    await antType(page, '网站域名', 'zhangsan-photos.cn', 1);

    await expect.poll(async () => (await activeState(panel))?.form.websites?.length, POLL).toBe(2);
    await expect
      .poll(async () => (await activeState(panel))?.form.websites?.map((site) => ({ name: site.name, domains: site.domains })), POLL)
      .toEqual([
        { name: '张三的技术笔记', domains: ['zhangsan-notes.cn'] },
        { name: '张三的摄影作品', domains: ['zhangsan-photos.cn'] },
      ]);
    // Still one letter for the order, still missing; the second website has its own checklist items.
    expect(await materialStatus(panel, LETTER)).toBe('missing');
    await expect.poll(() => panel.locator('section.materials li.material .for').allInnerTexts(), POLL).toContainEqual(expect.stringContaining('网站 2'));
    await panel.close();
    await page.close();
  });

  it('made no request off the machine', () => {
    expect(externalRequests(h.requests)).toEqual([]);
  });
});
