// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createInlineWarnings, HOST_ATTRIBUTE, IDLE_HOST_ATTRIBUTE, type InlineWarnings } from './inline-warnings';
import { messyForm, resultFor } from '../../test/support/ui-results';
import { makeForm } from '../../test/support/make-form';
import { shadowOf } from '../../test/support/shadow-roots';
import { fieldLabel } from '../../rules/model/fields';

const FIELDS = ['subject.name', 'subject.principal.emergencyPhone', 'websites[0].name', 'websites[0].remark'];

/** A console-like page: one labelled input per field, each the anchor of its field. */
function setUpPage() {
  document.body.innerHTML = '';
  const form = document.createElement('form');
  const anchors = new Map<string, Element>();
  for (const field of FIELDS) {
    const row = document.createElement('div');
    row.className = 'form-item';
    const input = document.createElement('input');
    input.name = field;
    row.append(input, document.createElement('span'));
    form.append(row);
    anchors.set(field, input);
  }
  document.body.append(form);
  return anchors;
}

const hosts = () => [...document.querySelectorAll<HTMLElement>(`[${HOST_ATTRIBUTE}]`)];
const hostFor = (field: string) => document.querySelector<HTMLElement>(`[${HOST_ATTRIBUTE}="${field}"]`);
const shadowText = (field: string) => shadowOf(hostFor(field))?.textContent ?? '';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * happy-dom has no keyboard activation behaviour, so emulate the browser's: a keydown
 * that nobody cancelled activates a focused <button> (Enter on keydown, Space on keyup)
 * by dispatching a click. A component that swallowed these keys would fail here.
 */
function pressKey(target: HTMLElement, key: 'Enter' | ' ') {
  const down = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  const proceed = target.dispatchEvent(down);
  const up = new KeyboardEvent('keyup', { key, bubbles: true, composed: true, cancelable: true });
  const proceedUp = target.dispatchEvent(up);
  if (target.tagName === 'BUTTON' && (key === 'Enter' ? proceed : proceed && proceedUp)) target.click();
}

describe('createInlineWarnings', () => {
  let ctx: ContentScriptContext;
  let ui: InlineWarnings;
  let anchors: Map<string, Element>;

  beforeEach(() => {
    anchors = setUpPage();
    ctx = new ContentScriptContext('test');
    ui = createInlineWarnings(ctx, fieldLabel);
  });
  afterEach(() => ui.destroy());

  it('puts one host right after the anchor of each flagged field, carrying the field id', () => {
    const result = resultFor(messyForm());
    ui.update({ anchors, findings: result.findings, lang: 'zh-CN' });
    expect(
      hosts()
        .map((h) => h.getAttribute(HOST_ATTRIBUTE))
        .sort(),
    ).toEqual([...FIELDS].sort());
    for (const field of FIELDS) {
      const host = hostFor(field)!;
      expect(host.previousElementSibling).toBe(anchors.get(field));
      expect(anchors.get(field)!.contains(host)).toBe(false);
      expect(shadowOf(host)).toBeTruthy();
      expect(host.shadowRoot).toBeNull();
    }
    expect(shadowText('subject.name')).toContain('主办单位名称过短。');
  });

  it('shows severity icons with an accessible name and an aria-live region', () => {
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    const root = shadowOf(hostFor('websites[0].name'))!;
    expect(root.querySelector('[aria-live="polite"]')?.getAttribute('aria-label')).toBe('备案预检提示');
    expect(root.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe('错误');
    expect(shadowOf(hostFor('websites[0].remark'))!.querySelector('svg')?.getAttribute('aria-label')).toBe('提示');
  });

  it('renders page text as text, never as markup', () => {
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'en' });
    const root = shadowOf(hostFor('websites[0].name'))!;
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('updates in the same call, removes hosts of fields no longer flagged, leaves unchanged hosts alone', () => {
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    const siteHost = hostFor('websites[0].name')!;
    const remarkHost = hostFor('websites[0].remark')!;
    const remarkNode = shadowOf(remarkHost)!.querySelector('.item')!;

    // The user fixes the subject name and renames the site: the name host re-renders, the subject host goes.
    const next = resultFor(
      messyForm('individual', (f) => {
        f.subject!.name = '张三';
        f.websites![0]!.name = 'a&b';
      }),
    );
    ui.update({ anchors, findings: next.findings, lang: 'zh-CN' });
    expect(hostFor('subject.name')).toBeNull();
    expect(hostFor('websites[0].name')).toBe(siteHost);
    expect(shadowText('websites[0].name')).toContain('a&b');
    expect(shadowText('websites[0].name')).not.toContain('onerror');
    // Unchanged: the same host and the very same rendered node (no re-render).
    expect(hostFor('websites[0].remark')).toBe(remarkHost);
    expect(shadowOf(remarkHost)!.querySelector('.item')).toBe(remarkNode);

    // A clean form removes everything.
    ui.update({ anchors, findings: resultFor(makeForm()).findings, lang: 'zh-CN' });
    expect(hosts()).toHaveLength(0);
  });

  it('a warning that goes and comes back returns in the host rendered before; a different one re-renders it', () => {
    const findings = resultFor(messyForm()).findings;
    const clean = resultFor(makeForm()).findings;
    ui.update({ anchors, findings, lang: 'zh-CN' });
    const host = hostFor('subject.name')!;
    const item = shadowOf(host)!.querySelector('.item')!;
    ui.update({ anchors, findings: clean, lang: 'zh-CN' });
    // Gone from the page's hosts, kept hidden in place (no insertion next to the console's input).
    expect(hostFor('subject.name')).toBeNull();
    expect(host.isConnected && host.hidden).toBe(true);
    expect(host.getAttribute(IDLE_HOST_ATTRIBUTE)).toBe('subject.name');
    ui.update({ anchors, findings, lang: 'zh-CN' });
    expect(hostFor('subject.name')).toBe(host);
    expect(host.hidden).toBe(false);
    expect(host.hasAttribute(IDLE_HOST_ATTRIBUTE)).toBe(false);
    expect(shadowOf(host)!.querySelector('.item')).toBe(item);
    expect(host.previousElementSibling).toBe(anchors.get('subject.name'));
    // Gone, then back in another language: same host, new content.
    ui.update({ anchors, findings: clean, lang: 'zh-CN' });
    ui.update({ anchors, findings, lang: 'en' });
    expect(hostFor('subject.name')).toBe(host);
    expect(shadowText('subject.name')).toContain('The subject name is too short.');
  });

  it('switches language on update', () => {
    const findings = resultFor(messyForm()).findings;
    ui.update({ anchors, findings, lang: 'zh-CN' });
    ui.update({ anchors, findings, lang: 'en' });
    expect(shadowText('subject.name')).toContain('The subject name is too short.');
    expect(shadowText('subject.name')).not.toContain('主办单位名称过短');
  });

  it('skips findings without an anchor and follows a re-rendered anchor', () => {
    const findings = resultFor(messyForm()).findings;
    const partial = new Map([...anchors].filter(([field]) => field === 'subject.name'));
    ui.update({ anchors: partial, findings, lang: 'zh-CN' });
    expect(hosts()).toHaveLength(1);

    // The console's framework replaces the input (and drops our host with its row).
    const oldRow = anchors.get('subject.name')!.parentElement!;
    const newRow = document.createElement('div');
    const newInput = document.createElement('input');
    newRow.append(newInput);
    oldRow.replaceWith(newRow);
    ui.update({ anchors: new Map([['subject.name', newInput]]), findings, lang: 'zh-CN' });
    expect(hostFor('subject.name')!.previousElementSibling).toBe(newInput);
  });

  it('expands and collapses by keyboard, without taking focus from the page', async () => {
    const input = anchors.get('websites[0].name') as HTMLInputElement;
    input.focus();
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    expect(document.activeElement).toBe(input);

    const root = shadowOf(hostFor('websites[0].name'))!;
    const button = root.querySelector('button')!;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.tabIndex).toBe(0);
    const details = root.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(details.hidden).toBe(true);

    button.focus();
    pressKey(button, 'Enter');
    await tick();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    expect(details.textContent).toContain('网站名称不能含特殊字符（原因）');
    expect(details.textContent).toContain('网站名称不能含特殊字符（修改）');
    expect(details.textContent).toContain('2020-01-01');
    const link = details.querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(details.textContent).toContain('华为云');

    pressKey(button, ' ');
    await tick();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(details.hidden).toBe(true);
  });

  it('says whose it is and keeps to one line per field: our mark, the worst message, "+N 更多" for the rest', () => {
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    const root = shadowOf(hostFor('websites[0].name'))!;
    expect(root.querySelectorAll('.line')).toHaveLength(1);
    expect(root.querySelector('.line .mark')!.textContent).toBe('备案预检');
    expect(root.querySelector('.line .line-msg')!.textContent).toContain('含有特殊字符');
    expect(root.querySelector('.line .more-count')!.textContent).toBe('+1 更多');
    // Every finding of the field is listed in the card, worst first.
    expect([...root.querySelectorAll('.card .item')].map((item) => item.className)).toEqual(['item error', 'item info']);
    // A field with one finding has no "+N".
    expect(shadowOf(hostFor('subject.name'))!.querySelector('.more-count')).toBeNull();

    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'en' });
    expect(root.querySelector('.line .mark')!.textContent).toBe('Beian Precheck');
    expect(root.querySelector('.line .more-count')!.textContent).toBe('+1 more');
  });

  it('without the field names (page-engine.js not run), 详情 and the card take their plain names', () => {
    ui.destroy();
    ui = createInlineWarnings(ctx);
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    const root = shadowOf(hostFor('websites[0].name'))!;
    expect(root.querySelector('.line button.more')!.getAttribute('aria-label')).toBe('详情');
    expect(root.querySelector('.card')!.getAttribute('aria-label')).toBe('备案预检提示');
  });

  it('详情 names its field; Escape closes the card and gives the focus back to 详情', async () => {
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    const host = hostFor('websites[0].name')!;
    const root = shadowOf(host)!;
    const button = root.querySelector<HTMLButtonElement>('.line button.more')!;
    expect(button.getAttribute('aria-label')).toBe('详情：网站 1 · 网站名称');
    expect(host.hasAttribute('data-beian-precheck-open')).toBe(false);
    button.click();
    await tick();
    const card = root.getElementById(button.getAttribute('aria-controls')!)!;
    expect(card.hidden).toBe(false);
    expect(host.hasAttribute('data-beian-precheck-open')).toBe(true);
    const link = card.querySelector('a')!;
    link.focus();
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await tick();
    expect(card.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.activeElement).toBe(button);
    expect(host.hasAttribute('data-beian-precheck-open')).toBe(false);
  });

  it('takes its place in the console’s Tab order: the positive tabindex of its field’s control, none otherwise', () => {
    (anchors.get('websites[0].name') as HTMLInputElement).tabIndex = 1;
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    expect(hostFor('websites[0].name')!.getAttribute('tabindex')).toBe('1');
    expect(hostFor('websites[0].remark')!.hasAttribute('tabindex')).toBe(false);
  });

  it('closes the card when the focus moves on to the page, not when it moves inside the card', async () => {
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    const root = shadowOf(hostFor('websites[0].name'))!;
    const button = root.querySelector<HTMLButtonElement>('.line button.more')!;
    button.focus();
    button.click();
    await tick();
    const card = root.getElementById('card')!;
    card.querySelector<HTMLAnchorElement>('a')!.focus();
    await tick();
    expect(card.hidden).toBe(false);
    (anchors.get('websites[0].remark') as HTMLInputElement).focus();
    await tick();
    expect(card.hidden).toBe(true);
  });

  it('keeps the expanded state across updates that do not change the field', async () => {
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    const button = shadowOf(hostFor('websites[0].name'))!.querySelector('button')!;
    button.click();
    await tick();
    ui.update({
      anchors,
      findings: resultFor(
        messyForm('individual', (f) => {
          f.subject!.name = '张三';
        }),
      ).findings,
      lang: 'zh-CN',
    });
    expect(shadowOf(hostFor('websites[0].name'))!.querySelector('button')!.getAttribute('aria-expanded')).toBe('true');
    // Typing in the field changes the message text; the open item stays open.
    ui.update({
      anchors,
      findings: resultFor(
        messyForm('individual', (f) => {
          f.websites![0]!.name = '<img src=y>';
        }),
      ).findings,
      lang: 'zh-CN',
    });
    expect(shadowText('websites[0].name')).toContain('<img src=y>');
    expect(shadowOf(hostFor('websites[0].name'))!.querySelector('button')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('never cancels or stops page events', () => {
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    const input = anchors.get('websites[0].name') as HTMLInputElement;
    const seen: string[] = [];
    document.addEventListener('keydown', (e) => seen.push(`doc:${e.defaultPrevented}`));
    document.addEventListener('submit', (e) => {
      seen.push('submit');
      e.preventDefault();
    });
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }));
    const button = shadowOf(hostFor('websites[0].name'))!.querySelector('button')!;
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    button.click();
    expect(seen).toEqual(['doc:false', 'doc:false']);
  });

  it('removes every host, shown or idle, when destroyed or when the content script is invalidated', () => {
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    expect(hosts().length).toBeGreaterThan(0);
    ui.update({ anchors, findings: resultFor(messyForm('individual', (f) => void (f.subject!.name = '深圳市示例科技有限公司'))).findings, lang: 'zh-CN' });
    expect(document.querySelectorAll(`[${IDLE_HOST_ATTRIBUTE}]`).length).toBeGreaterThan(0);
    ctx.notifyInvalidated();
    expect(hosts()).toHaveLength(0);
    expect(document.querySelectorAll(`[${IDLE_HOST_ATTRIBUTE}]`)).toHaveLength(0);
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    expect(hosts()).toHaveLength(0);
  });
});
