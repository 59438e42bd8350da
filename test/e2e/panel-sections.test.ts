/**
 * The side panel's SMS, domain-proof and pre-approval sections in the real panel (demo console, synthetic data only):
 *  - SMS verification: for the order type on screen the panel names whose mobile gets the MIIT
 *    code, shows its last four digits only (the full number is nowhere in the panel, not even
 *    in an attribute), the 24-hour window and a link to the MIIT filing system that the user
 *    opens (its href is checked; it is never followed);
 *  - domain real-name proof: a 广东 personal first filing needs the domain certificate, so the
 *    checklist section lists what the image must show and the form values to match (the ID
 *    number masked); a holder the user types that is not the subject is flagged;
 *  - the panel's question 本次变更修改了哪些信息 (declarations.changedFields) changes who gets the
 *    SMS, and unticking the answer makes it unknown again in the content script;
 *  - pre-approval: ticking 文化 on a change order names category, authority and licence, and
 *    offers 广东's 不涉及前置审批 pledge (a province whose template the reference lists).
 * The panel is a tab following the console tab (order-pages.ts), so it is never brought to the
 * front; its inputs are filled while it is in the background.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeIdNumber } from '../support/synthetic-ids';
import { launch, type Harness } from './harness';
import { tick, type } from './console-driver';
import { openFromRecords, panelFilingType, panelFor, POLL } from './order-pages';
import { activeState, openSections, panelClick } from './panel-driver';
import { fillSubject, fillVerify, next, VALID_FILING, type FilingInput } from './sample-filing';

/** The demo's sample principal mobile (test/demo-console/src/sample.ts), copied to 同主体负责人 blocks. */
const SAMPLE_MOBILE = '13800000000';
/** Typed into the subject principal's 手机号码 on the change page. */
const TYPED_MOBILE = '13800004321';
const MIIT = 'https://beian.miit.gov.cn/';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Everything in the panel page: rendered text (collapsed parts included) and the markup with its attributes. */
async function panelEverything(panel: Page): Promise<string> {
  return (await panel.content()) + (await panel.evaluate(() => document.body.textContent ?? ''));
}

/** `{ path, text }` of every SMS recipient the panel lists. */
async function smsRecipients(panel: Page): Promise<{ path: string; certainty: string; text: string }[]> {
  return panel.locator('section.sms ul.sms-recipients > li').evaluateAll((items) =>
    items.map((li) => ({
      path: li.getAttribute('data-path') ?? '',
      certainty: li.getAttribute('data-certainty') ?? '',
      text: (li.textContent ?? '').trim(),
    })),
  );
}

describe('the SMS, domain-proof and pre-approval sections of the side panel', () => {
  it('SMS: names the subject principal for 变更主体 and the website principal for 变更网站, last four digits only, 24 hours, MIIT link', async () => {
    // 变更主体: the subject principal verifies (P29, P31). The user types a new mobile.
    const page = await openFromRecords(h, '变更主体');
    await type(page.locator('.principal-block').first(), '手机号码', TYPED_MOBILE);
    let panel = await panelFor(h, page);
    // The reference sections (SMS, video check, …) start closed: open them, as the user would.
    await openSections(panel);
    await expect.poll(() => panelFilingType(panel), POLL).toBe('change-subject');
    await expect.poll(async () => (await smsRecipients(panel)).find((r) => r.path === 'subject.principal')?.text ?? '', POLL).toContain('*******4321');
    const subjectOnly = await smsRecipients(panel);
    expect(subjectOnly.map((r) => [r.path, r.certainty])).toEqual([['subject.principal', 'certain']]);
    expect(subjectOnly[0]!.text).toContain('主体负责人');
    expect(subjectOnly[0]!.text).toContain('手机号码：*******4321');
    expect(await panel.locator('section.sms').innerText()).toContain('只显示号码后四位');

    // The 24-hour window, the wrong-try limit, and the link the user opens (new tab, no referrer).
    expect(await panel.locator('section.sms li[data-fact="window"]').innerText()).toContain('24小时内');
    expect(await panel.locator('section.sms li[data-fact="wrongTries"]').innerText()).toContain('连续输错5次');
    const link = panel.locator('section.sms a.miit-link');
    expect(await link.getAttribute('href')).toBe(MIIT);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await link.innerText()).toContain('工信部备案系统');

    // Neither the typed nor the sample mobile is anywhere in the panel, text or markup.
    const all = await panelEverything(panel);
    expect(all).not.toContain(TYPED_MOBILE);
    expect(all).not.toContain(SAMPLE_MOBILE);
    expect(all).toContain('*******4321');
    await panel.close();
    await page.close();

    // 变更网站 with a renamed website: its principal verifies, not the subject principal. The site's
    // principal is 同主体负责人, so the console shows the sample mobile (greyed) in its block.
    const site = await openFromRecords(h, '变更网站');
    await type(site.locator('section.website-card').first(), '网站名称', '演示科技新官网');
    panel = await panelFor(h, site);
    // The reference sections (SMS, video check, …) start closed: open them, as the user would.
    await openSections(panel);
    await expect.poll(() => panelFilingType(panel), POLL).toBe('change-service');
    await expect.poll(async () => (await smsRecipients(panel)).map((r) => r.path), POLL).toEqual(['websites[0].principal']);
    const [website] = await smsRecipients(panel);
    expect(website!.certainty).toBe('certain');
    expect(website!.text).toContain('网站1的互联网信息服务负责人');
    expect(website!.text).toContain('手机号码：*******0000');
    expect(await panelEverything(panel)).not.toContain(SAMPLE_MOBILE);
    expect(await panel.locator('section.sms a.miit-link').getAttribute('href')).toBe(MIIT);
    await panel.close();
    await site.close();
  });

  it('SMS follows the answer to 本次变更修改了哪些信息 in the panel, and an answer cleared there is unknown again', async () => {
    const page = await openFromRecords(h, '变更备案');
    const panel = await panelFor(h, page);
    // The reference sections (SMS, video check, …) start closed: open them, as the user would.
    await openSections(panel);
    const recipients = async () => (await smsRecipients(panel)).map((r) => `${r.path}:${r.certainty}`);
    // Unanswered: the site's name and domain equal the record, so whether it changed is unknown.
    await expect.poll(recipients, POLL).toEqual(['subject.principal:certain', 'websites[0].principal:possible']);
    const box = (field: string) => panel.locator(`section.questions .changed-fields label.check[data-field="${field}"] input`);
    expect(await box('subject.name').isChecked()).toBe(false);

    // Only the subject name changes: the website principal has nothing to verify.
    await panelClick(box('subject.name'));
    await expect.poll(recipients, POLL).toEqual(['subject.principal:certain']);
    await expect.poll(async () => (await activeState(panel))?.form.declarations?.changedFields, POLL).toEqual(['subject.name']);
    expect(await box('subject.name').isChecked()).toBe(true);

    // Unticking it clears the answer in the content script too (it used to keep the old list).
    await panelClick(box('subject.name'));
    await expect.poll(recipients, POLL).toEqual(['subject.principal:certain', 'websites[0].principal:possible']);
    // The panel shows its own answers at once; the stored state follows within a write interval.
    await expect.poll(async () => (await activeState(panel))?.form.declarations?.changedFields, POLL).toBeUndefined();
    expect(await box('subject.name').isChecked()).toBe(false);
    await panel.close();
    await page.close();
  });

  it('domain proof: what the certificate must show and the values to match, the ID number masked; a typed holder that is not the subject is flagged', async () => {
    // 广东 personal first filing: the province asks for every domain's certificate (S2).
    // The domain becomes the website's on 填写网站信息, so the wizard is walked to that step.
    const idNumber = makeIdNumber({ region: '440305', birth: '1992-02-02', sequence: '456' });
    const personal: FilingInput = { ...VALID_FILING, nature: '个人', subjectName: '李演示', certType: '居民身份证', certNumber: idNumber, investor: '李演示' };
    const page = await h.openConsole();
    await fillVerify(page, personal);
    await next(page, '验证备案类型', 'subject');
    await fillSubject(page, personal);
    await next(page, '下一步', 'website');
    const panel = await panelFor(h, page);
    // The reference sections (SMS, video check, …) start closed: open them, as the user would.
    await openSections(panel);
    const item = panel.locator('section.domain-proof .domain-item[data-domain="example.com"]');
    await item.waitFor({ timeout: POLL.timeout });
    expect(await panel.locator('section.materials li.material[data-material^="domain-certificate"]').count()).toBeGreaterThan(0);

    // The four things the image must show, then the values from the form it must match.
    expect(await panel.locator('section.domain-proof ol.must-show li').evaluateAll((li) => li.map((x) => x.getAttribute('data-show')))).toEqual([
      'domain',
      'holder',
      'certType',
      'certNumber',
    ]);
    expect(await panel.locator('section.domain-proof ol.must-show').innerText()).toContain('域名持有者');
    await expect.poll(() => item.locator('.expected-holder').innerText(), POLL).toBe('李演示');
    expect(await item.locator('.expected-domain').innerText()).toBe('example.com');
    expect(await item.locator('.expected-certType').innerText()).toBe('居民身份证');
    expect(await item.locator('.expected-certNumber').innerText()).toBe(`${'*'.repeat(14)}${idNumber.slice(-4)}`);
    expect(await panelEverything(panel)).not.toContain(idNumber);
    // The console does not show the holder: unknown until the user types what the registrar shows.
    expect(await item.getAttribute('data-holder')).toBe('unknown');

    const holder = item.locator('input.holder-input');
    await holder.fill('王演示');
    await expect.poll(() => item.getAttribute('data-holder'), POLL).toBe('differs');
    expect(await item.locator('.holder-status').innerText()).toContain('你填写的持有者与主办单位名称不一致');
    // The subject's own name matches; the typed holder is never written into the console page.
    await holder.fill('李演示');
    await expect.poll(() => item.getAttribute('data-holder'), POLL).toBe('matches');
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('王演示');
    await panel.close();
    await page.close();
  });

  it('pre-approval: 文化 names the licence and the provincial culture and tourism department, and offers 广东’s no-pre-approval pledge', async () => {
    const page = await openFromRecords(h, '变更备案');
    const card = page.locator('section.website-card').first();
    await tick(card, '前置审批', '文化');
    await card.locator('[data-approval="culture"]').waitFor();
    const panel = await panelFor(h, page);
    // The reference sections (SMS, video check, …) start closed: open them, as the user would.
    await openSections(panel);
    const entry = panel.locator('section.pre-approval li[data-category="culture"]');
    await entry.waitFor({ timeout: POLL.timeout });
    expect(await entry.locator('strong').innerText()).toBe('文化');
    expect(await entry.locator('.authority').innerText()).toBe('审批部门：各省文化和旅游厅');
    expect(await entry.locator('.licence').innerText()).toBe('许可证件：《网络文化经营许可证》');
    expect(await entry.locator('.status').innerText()).toContain('审批号未填写');
    // 广东 is among the provinces whose 不涉及前置审批 template the reference lists.
    const pledge = entry.locator('.pledge');
    expect(await pledge.getAttribute('data-province')).toBe('GD');
    expect(await pledge.getAttribute('data-template')).toBe('true');
    expect(await pledge.innerText()).toContain('可改为提交广东省的《不涉及前置审批承诺书》');

    // Typing the approval number in the console updates the entry.
    await page.bringToFront();
    await type(card.locator('[data-approval="culture"]'), '审批号', '粤网文〔2026〕0001-001号');
    await expect.poll(() => entry.locator('.status').innerText(), POLL).toContain('审批号已填写');
    await panel.close();
    await page.close();
  });

  it('a website name that implies a pre-approval puts the approval (or the pledge) on the checklist as needed-if, and a name without it takes the item away', async () => {
    const page = await openFromRecords(h, '变更网站');
    const card = page.locator('section.website-card').first();
    await type(card, '网站名称', '演示医院官网');
    const panel = await panelFor(h, page);
    // The reference sections (SMS, video check, …) start closed: open them, as the user would.
    await openSections(panel);
    const implied = panel.locator('section.materials li.material[data-material^="pre-approval-document"]');
    await expect.poll(() => implied.count(), POLL).toBe(1);
    const neededIf = implied.locator('.needed-if');
    expect(await neededIf.count()).toBe(1);
    expect(await neededIf.innerText()).toContain('医院');

    await page.bringToFront();
    await type(card, '网站名称', '演示科技官网');
    await expect.poll(() => implied.count(), POLL).toBe(0);
    await panel.close();
    await page.close();
  });
});
