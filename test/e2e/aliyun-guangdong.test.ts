/**
 * A Guangdong filing on the Aliyun demo console (Ant Design): the side panel's checklist asks for
 * the 《互联网信息服务备案承诺书》 and says where Alibaba Cloud keeps its template (never Huawei
 * Cloud's), and a second website added on 填写网站信息 is read beside the first. Material ids come
 * from the rules; the provider's wording from rules/model/providers.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../rules/model/providers';
import { makeIdNumber } from '../support/synthetic-ids';
import { aliyunRoute, antControl, antFillVerify, antType } from './antd-driver';
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

/** Step 1 (基础信息校验) of a person in 广东, with the first website's domain. */
const VERIFY = {
  region: ['广东省', '深圳市', '南山区'],
  nature: '个人',
  certType: '居民身份证',
  certNumber: ID,
  name: '张三',
  certAddress: '广东省深圳市南山区科技园路1号',
  domain: 'zhangsan-notes.cn',
} as const;

describe('a Guangdong filing on the Aliyun demo console', () => {
  it("lists the commitment letter as missing, with Alibaba Cloud's templates named and Huawei Cloud's not; a second website is read beside the first", async () => {
    const page = await h.openAliyunConsole('#/verify');
    await antFillVerify(page, VERIFY);
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
