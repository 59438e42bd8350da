// @vitest-environment happy-dom
/**
 * The verification sections (filing-type alerts, SMS, video check, domain proof,
 * pre-approval, the change-order question) rendered from real engine runs over makeForm() / makeChange() variants.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_RULES } from '../../rules/all-rules';
import { run } from '../../rules/engine/run';
import type { ProviderId } from '../../rules/model/providers';
import type { FilingForm } from '../../rules/model/filing-form';
import { makeApp } from '../../test/support/make-app';
import { makeChange } from '../../test/support/make-change';
import { makeForm, TODAY } from '../../test/support/make-form';
import { makeIdNumber } from '../../test/support/synthetic-ids';
import { DEFAULT_SETTINGS, tabStateKey, type Settings, type TabState } from '../messaging/protocol';
import { PanelApp } from './panel-app';
import { PanelView, type PanelActions } from './panel-view';
import { changeOptions, toggleChanged } from './questions';
import { mockPanelActions, type MockPanelActions } from '../../test/support/panel-actions';

let container: HTMLElement;
let actions: MockPanelActions;

function stateFor(form: FilingForm, provider: ProviderId = 'huawei'): TabState {
  return {
    console: provider,
    provider,
    step: 'subject',
    form,
    result: run(form, { today: TODAY, rules: ALL_RULES, provider }),
    health: { expected: [], missing: [] },
    updatedAt: 1,
  };
}
function show(state: TabState, settings: Partial<Settings> = {}) {
  act(() => {
    render(<PanelView state={state} settings={{ ...DEFAULT_SETTINGS, ...settings }} actions={actions as unknown as PanelActions} today={TODAY} />, container);
  });
}
const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(selector: string) => [...container.querySelectorAll<E>(selector)];
const text = (selector: string) => $(selector)?.textContent ?? '';
function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
/** Everything on screen and in the markup, including attributes (hrefs). */
const everything = () => container.innerHTML + container.textContent;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  actions = mockPanelActions();
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('filing type and the order’s own warnings', () => {
  it('a first filing: the type is named, no alert box', () => {
    show(stateFor(makeForm()));
    expect(text('.filing-type')).toBe('备案类型：首次备案');
    expect($('.order-alerts')).toBeNull();
  });

  it('an unknown type says so', () => {
    show(stateFor(makeForm('individual', (f) => void delete f.filingType)));
    expect(text('.unknown-type')).toContain('尚未读取到备案类型');
  });

  it('a cancellation puts the irreversible-cancellation warnings at the top, before the findings list', () => {
    show(stateFor(makeChange('cancel-service', 'individual')));
    const box = $('.order-alerts')!;
    expect(box.dataset.filingType).toBe('cancel-service');
    expect(text('.order-alerts h2')).toBe('注销 / 取消接入：提交前请确认');
    expect(box.textContent).toContain('备案类型：注销互联网信息服务');
    expect(box.textContent).toContain('主体备案号：粤ICP备12345678号');
    expect($$('.order-alerts .finding').map((li) => li.dataset.rule)).toEqual(['national/cancel-irreversible', 'national/cancel-irreversible']);
    expect(box.textContent).toContain('备案号即失效且不可恢复');
    expect(box.textContent).toContain('注销后主体成为空壳主体');
    expect(box.compareDocumentPosition($('section.findings')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    act(() => $<HTMLButtonElement>('.order-alerts .finding-main')!.click());
    expect(actions.focusField).toHaveBeenCalledWith('filingType');
  });

  it('cancelling access with no other provider: the empty-shell warning', () => {
    show(stateFor(makeChange('cancel-access', 'enterprise')));
    expect($$('.order-alerts .finding').map((li) => [li.dataset.rule, li.className])).toEqual([['national/cancel-access-empty-shell', 'finding warning']]);
  });

  it('a change that moves province and renames the unit: errors first; switched-off rules leave the box', () => {
    const form = makeChange('change-filing', 'enterprise', (f) => {
      f.province = 'BJ';
      f.subject!.name = '深圳市示例智能科技有限公司';
    });
    show(stateFor(form));
    const rules = $$('.order-alerts .finding').map((li) => li.dataset.rule);
    expect(rules).toContain('national/change-province');
    expect($$('.order-alerts .finding').map((li) => li.className)[0]).toBe('finding error');
    expect(text('.order-alerts')).toContain('本次改为');
    show(stateFor(form), { disabledRules: ['national/change-province', 'national/change-renamed-subject'] });
    expect($$('.order-alerts .finding').map((li) => li.dataset.rule)).not.toContain('national/change-province');
  });

  it('a change with nothing to warn about says so', () => {
    show(stateFor(makeChange('change-service', 'enterprise')));
    expect(text('.order-alerts .empty')).toBe('没有针对此备案类型的提醒。');
  });
});

describe('SMS verification', () => {
  it('first filing: subject and website principal, masked to the last four digits, one SMS for a shared number', () => {
    const form = makeForm();
    show(stateFor(form));
    const items = $$('.sms-recipients li');
    expect(items.map((li) => li.dataset.path)).toEqual(['subject.principal', 'websites[0].principal']);
    expect(items[0]!.textContent).toContain('主体负责人 — 手机号码：*******8000');
    expect(items[1]!.textContent).toContain('与主体负责人的号码相同，只会收到一条短信');
    expect(text('.sms-facts')).toContain('验证码24小时内有效');
    expect(text('.sms-facts')).toContain('最多2次');
    expect(text('.sms-facts')).toContain('连续输错5次');
    expect(text('.sms-facts li[data-fact="window"] .evidence')).toBe('（华为云知识库）');
    expect(everything()).not.toContain(form.subject!.principal!.mobile!);
  });

  it('links to the MIIT filing system in a new tab, without opener', () => {
    show(stateFor(makeForm()));
    const link = $<HTMLAnchorElement>('a.miit-link')!;
    expect(link.getAttribute('href')).toBe('https://beian.miit.gov.cn/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('per filing type: a cancelled website’s principal; an app filing marks the disputed app principal; none for cancelling access', () => {
    show(
      stateFor(
        makeChange(
          'cancel-service',
          'enterprise',
          (f) => void (f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, mobile: '13512345678' }),
        ),
      ),
    );
    expect($$('.sms-recipients li').map((li) => li.dataset.path)).toEqual(['websites[0].principal']);
    expect(text('.sms-recipients')).toContain('*******5678');
    expect(everything()).not.toContain('13512345678');

    show(stateFor(makeForm('enterprise', (f) => void (f.apps = [makeApp()]))));
    const app = $('.sms-recipients li[data-path="apps[0].principal"]')!;
    expect(app.dataset.certainty).toBe('possible');
    expect(app.textContent).toContain('[可能需要]');

    show(stateFor(makeChange('cancel-access', 'enterprise')));
    expect(text('.sms-not-required')).toBe('“取消接入”不需要短信核验。');
    expect($('.sms-recipients')).toBeNull();
    expect($('a.miit-link')).toBeNull();
  });

  it('flags a number that cannot receive the code', () => {
    show(stateFor(makeForm('enterprise', (f) => void (f.subject!.principal!.mobile = '0755-86001234'))));
    expect(text('.sms-recipients li[data-path="subject.principal"] .invalid')).toContain('不是有效的大陆手机号码');
    expect(everything()).not.toContain('0755-86001234');
  });

  it('in English', () => {
    show(stateFor(makeForm()), { lang: 'en' });
    expect(text('#sms-title')).toBe('MIIT SMS verification');
    expect(text('.sms-recipients')).toContain('subject principal — Mobile: *******8000');
    expect(text('.sms-facts')).toContain('valid for 24 hours');
    expect(text('.sms-facts li[data-fact="mobileOnly"] .evidence')).toBe(" (Another provider's text (third party))");
  });
});

describe('video check booking', () => {
  const requested = () => makeForm('enterprise', (f) => void (f.declarations = { filedServiceCount: 0, videoCheckRequested: true }));

  it('the toggle sends the answer with the other declarations kept', () => {
    show(stateFor(makeForm('enterprise', (f) => void (f.declarations = { filedServiceCount: 0 }))));
    const toggle = $<HTMLInputElement>('#video-requested')!;
    expect(toggle.checked).toBe(false);
    expect($('#video-date')).toBeNull();
    act(() => toggle.click());
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ filedServiceCount: 0, videoCheckRequested: true });
  });

  it('drafts the mail Huawei asks for, with the sender masked and the problems listed until complete', () => {
    const form = requested();
    show(stateFor(form));
    expect($<HTMLInputElement>('#video-requested')!.checked).toBe(true);
    expect(text('.mail-to')).toBe('beian@huaweicloud.com');
    expect(text('.mail-subject')).toBe('【华为云视频核验】');
    expect(text('.video-from')).toContain('l***@example-tech.cn');
    expect(text('.video-from')).toContain('主体负责人电子邮箱');
    expect($$('.video-problems li').map((li) => li.dataset.problem)).toEqual(['orderNumber:missing', 'date:missing', 'time:missing']);

    type($<HTMLInputElement>('#video-order')!, 'HWBA20261129001');
    type($<HTMLInputElement>('#video-date')!, '2026-12-02');
    type($<HTMLInputElement>('#video-time')!, '14:30');
    expect(text('.mail-body').split('\n')).toEqual([
      '【备案主体名称】深圳市示例科技有限公司',
      '【备案订单号】HWBA20261129001',
      '【核验日期】2026-12-02',
      '【核验时间】14:30',
    ]);
    expect($('.video-problems')).toBeNull();
    expect(text('.video-ready')).toBe('邮件内容已完整。');
    // The full sender address is named nowhere, not even in the mailto link.
    expect(everything()).not.toContain(form.subject!.principal!.email!);
  });

  it('the mailto link encodes subject and body (UTF-8, CRLF)', () => {
    show(stateFor(requested()));
    type($<HTMLInputElement>('#video-order')!, 'HWBA 2026&1');
    type($<HTMLInputElement>('#video-date')!, '2026-12-02');
    type($<HTMLInputElement>('#video-time')!, '09:05');
    const href = $<HTMLAnchorElement>('a.mailto')!.getAttribute('href')!;
    expect(href.startsWith('mailto:beian@huaweicloud.com?subject=')).toBe(true);
    expect(href).not.toMatch(/[\s【】]/);
    expect(href).toContain('%0D%0A');
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
    expect(params.get('subject')).toBe('【华为云视频核验】');
    expect(params.get('body')).toBe('【备案主体名称】深圳市示例科技有限公司\r\n【备案订单号】HWBA 2026&1\r\n【核验日期】2026-12-02\r\n【核验时间】09:05');
  });

  it('flags a date already past', () => {
    show(stateFor(requested()));
    type($<HTMLInputElement>('#video-date')!, '2026-11-28');
    expect($$('.video-problems li').map((li) => li.dataset.problem)).toContain('date:past');
  });

  it('in English', () => {
    show(stateFor(requested()), { lang: 'en' });
    expect(text('#video-title')).toBe('Booking the video check');
    expect(text('.video-from')).toContain('Send it from the email entered in the filing, l***@example-tech.cn (Subject principal');
    expect(text('.video-problems')).toContain('Enter the filing order number.');
  });
});

describe('domain real-name proof', () => {
  it('shown when the checklist asks for it: what the image must show and the form’s values, the ID number masked', () => {
    // 广东 personal filings need the domain certificate (provinces/shared/domain-certificate-every-domain).
    const form = makeForm();
    const id = form.subject!.certNumber!;
    show(stateFor(form));
    expect($$('.must-show li').map((li) => li.dataset.show)).toEqual(['domain', 'holder', 'certType', 'certNumber']);
    const item = $('.domain-item[data-domain="zhangsan-notes.cn"]')!;
    expect(item.dataset.holder).toBe('matches');
    expect(text('.domain-item .expected-holder')).toBe('张三');
    expect(text('.domain-item .expected-certType')).toBe('居民身份证');
    expect(text('.domain-item .expected-certNumber')).toBe(`${'*'.repeat(14)}${id.slice(-4)}`);
    expect(text('.domain-item')).toContain('用于：网站 1');
    expect(everything()).not.toContain(id);
  });

  it('a holder that differs: marked here, reported by the rule as a finding; the recorded number masked too', () => {
    const other = makeIdNumber({ region: '110101', birth: '1985-03-03' });
    const form = makeForm('individual', (f) => void (f.domainRecords![0] = { ...f.domainRecords![0]!, holder: '王五', holderCertNumber: other }));
    show(stateFor(form));
    expect($('.domain-item')!.dataset.holder).toBe('differs');
    expect(text('.domain-item .holder-status')).toBe('持有者与主办单位不一致（见检查结果）');
    expect($('.findings .finding[data-rule="national/domain-holder-matches-subject"]')).not.toBeNull();
    expect(text('.domain-item')).toContain(`${'*'.repeat(14)}${other.slice(-4)}`);
    expect(everything()).not.toContain(other);
    expect(everything()).not.toContain(form.subject!.certNumber!);
  });

  it('a holder typed in the panel (the console never shows it) is compared with the subject, in the panel only', () => {
    const form = makeForm('individual', (f) => void (f.domainRecords = undefined));
    show(stateFor(form));
    const item = () => $('.domain-item[data-domain="zhangsan-notes.cn"]')!;
    expect(item().dataset.holder).toBe('unknown');
    const input = $<HTMLInputElement>('.domain-item input.holder-input')!;
    expect(container.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('注册商页面显示的域名持有者（可选）');
    type(input, '王五');
    expect(item().dataset.holder).toBe('differs');
    expect(text('.domain-item .holder-status')).toContain('你填写的持有者与主办单位名称不一致');
    expect(text('.domain-item .holder-status')).not.toContain('见检查结果'); // no rule saw it
    expect(actions.setDeclarations).not.toHaveBeenCalled();
    type(input, ' 张三 ');
    expect(item().dataset.holder).toBe('matches');
    type(input, '');
    expect(item().dataset.holder).toBe('unknown');
  });

  it('no holder input where the form already describes the registration', () => {
    show(stateFor(makeForm()));
    expect($('.domain-item input.holder-input')).toBeNull();
  });

  it('a renamed unit: the proof is asked for and the domain is still under the old name', () => {
    show(stateFor(makeChange('change-subject', 'enterprise', (f) => void (f.subject!.name = '深圳市示例智能科技有限公司'))));
    expect($('.domain-item')!.dataset.holder).toBe('old-name');
    expect(text('.domain-item .expected-holder')).toBe('深圳市示例智能科技有限公司');
  });

  it('hidden when no material asks for it (a Guangdong enterprise first filing on Alibaba Cloud)', () => {
    show(stateFor(makeForm('enterprise'), 'aliyun'));
    expect($('.domain-proof')).toBeNull();
  });

  it('shown for every Huawei Cloud new filing: its knowledge base asks for the domain certificates on new and change orders', () => {
    show(stateFor(makeForm('enterprise')));
    expect($('.domain-proof')).not.toBeNull();
  });
});

describe('pre-approval', () => {
  const form = () =>
    makeForm('enterprise', (f) => {
      f.websites![0]!.preApprovals = [
        { category: 'news', number: '', documentUploaded: false },
        { category: 'finance', number: '金批〔2026〕1号', documentUploaded: true, validUntil: '2028-12-31' },
      ];
    });

  it('names category, authority and licence; marks the 2017 third-party data; offers the province pledge', () => {
    show(stateFor(form()));
    const news = $('.pre-approval-list li[data-category="news"]')!;
    expect(news.textContent).toContain('审批部门：国家或省级互联网信息办公室');
    expect(news.textContent).toContain('许可证件：《互联网新闻信息服务许可证》');
    expect(news.querySelector('.outdated')?.textContent).toContain('第三方2017年资料');
    expect(news.textContent).toContain('审批号未填写；审批文件未上传');
    expect(news.querySelector('.pledge')?.textContent).toContain('不涉及前置审批承诺书');
    expect(news.querySelector('.pledge')?.textContent).toContain('已知有该类别的专项承诺书模板');
    expect(news.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\//);
    const finance = $('.pre-approval-list li[data-category="finance"]')!;
    expect(finance.querySelector('.unnamed')?.textContent).toBe('资料未写明审批部门和证件名称。');
    expect(finance.querySelector('.outdated')).toBeNull();
    expect(finance.textContent).toContain('审批号已填写；审批文件已上传；有效期至 2028-12-31');
  });

  it('names the filing province in the pledge, and says when the reference has no template of it', () => {
    show(stateFor(form()));
    const pledge = $('.pre-approval-list li[data-category="news"] .pledge')!;
    expect(pledge.dataset.province).toBe('GD');
    expect(pledge.dataset.template).toBe('true');
    expect(pledge.textContent).toContain('可改为提交广东省的《不涉及前置审批承诺书》');
    expect(pledge.textContent).toContain('已知该省有承诺书模板');
    show(stateFor({ ...form(), province: 'JS' }));
    const js = $('.pre-approval-list li[data-category="news"] .pledge')!;
    expect(js.dataset.template).toBe('false');
    expect(js.textContent).toContain('江苏省的《不涉及前置审批承诺书》');
    expect(js.textContent).toContain('资料未收录该省的模板');
    show(stateFor({ ...form(), province: undefined }));
    expect(text('.pre-approval-list li[data-category="news"] .pledge')).toContain('所在省份的《不涉及前置审批承诺书》');
    show(stateFor(form()), { lang: 'en' });
    expect(text('.pre-approval-list li[data-category="news"] .pledge')).toContain("Guangdong's pledge");
  });

  it('hidden when nothing is ticked or the order cancels; in English when asked', () => {
    show(stateFor(makeForm('enterprise')));
    expect($('.pre-approval')).toBeNull();
    show(stateFor(makeChange('cancel-service', 'enterprise', (f) => void (f.websites![0]!.preApprovals = [{ category: 'news' }]))));
    expect($('.pre-approval')).toBeNull();
    show(stateFor(form()), { lang: 'en' });
    expect(text('#pre-approval-title')).toBe('Pre-approvals');
    expect(text('.pre-approval-list li[data-category="news"]')).toContain('Authority: Cyberspace Administration (national or provincial)');
  });
});

describe('print view', () => {
  it('carries roles, labels and authorities, but no value from the form, masked or not', () => {
    const other = makeIdNumber({ region: '110101', birth: '1985-03-03' });
    const form = makeForm('individual', (f) => {
      f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, mobile: '13512345678', email: 'web-owner@example.invalid' };
      f.websites![0]!.preApprovals = [{ category: 'culture', number: '文网文〔2026〕0002号', documentUploaded: true }];
      f.domainRecords![0] = { ...f.domainRecords![0]!, holderCertNumber: other };
      f.declarations = { videoCheckRequested: true };
    });
    show(stateFor(form));
    const print = $('.print-view')!;
    const printed = (print.textContent ?? '') + print.innerHTML;
    expect(printed).toContain('核验与证明');
    expect(printed).toContain('接收工信部验证码的负责人：主体负责人、网站1的互联网信息服务负责人');
    expect(printed).toContain('域名实名认证截图须显示：域名、域名持有者（注册人）、证件类型、证件号码');
    expect(printed).toContain('前置审批 文化：各省文化和旅游厅，《网络文化经营许可证》');
    const p = form.subject!.principal!;
    const personal = [
      p.mobile!,
      '*******8000',
      '13512345678',
      '*******5678',
      p.email!,
      'z*******@example.com',
      'web-owner@example.invalid',
      'w********@example.invalid',
      p.idNumber!,
      form.subject!.certNumber!,
      other,
      other.slice(-4),
      p.idNumber!.slice(-4),
      '张三',
      'zhangsan-notes.cn',
      '文网文〔2026〕0002号',
      '粤ICP备',
    ];
    for (const value of personal) expect(printed, value).not.toContain(value);
  });
});

describe('in the running panel', () => {
  let tabId: number;
  let sendMessage: ReturnType<typeof vi.fn>;
  beforeEach(async () => {
    fakeBrowser.reset();
    sendMessage = vi.fn(async () => undefined);
    fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.windows.create({ focused: true });
    tabId = (await fakeBrowser.tabs.create({ url: 'https://console.huaweicloud.com/beian/', active: true })).id!;
  });
  const settle = async () => {
    for (let i = 0; i < 5; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  };

  it('the video-check toggle sends set-declarations to the tab; the language switch re-renders the sections', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(tabId)]: stateFor(makeForm('enterprise')) });
    await act(() => render(<PanelApp />, container));
    await settle();
    await act(() => $<HTMLInputElement>('#video-requested')!.click());
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: 'set-declarations', declarations: { videoCheckRequested: true } });
    expect(text('#sms-title')).toBe('工信部短信核验');
    await act(() =>
      $$<HTMLButtonElement>('.lang-switch button')
        .find((b) => b.lang === 'en')!
        .click(),
    );
    await settle();
    expect(text('#sms-title')).toBe('MIIT SMS verification');
    expect(text('#video-title')).toBe('Booking the video check');
    expect(text('.filing-type')).toBe('Filing type: First filing');
  });
});

// The change-order question (declarations.changedFields): what a 变更 order edits, offered by
// order type, and how the answer reaches rules/national/_filed.ts and the SMS section.
const showForm = (form: FilingForm, lang: 'zh-CN' | 'en' = 'zh-CN') => show(stateFor(form), { lang });
const boxes = () => $$<HTMLLabelElement>('.changed-fields label.check').map((l) => [l.dataset.field, l.querySelector('input')!.checked]);
function click(field: string) {
  act(() => {
    $<HTMLInputElement>(`.changed-fields label.check[data-field="${field}"] input`)!.click();
  });
}

describe('changeOptions / toggleChanged', () => {
  it('offers the editable subject fields and each website and app with its principal, by change type', () => {
    const withApp = (f: FilingForm) => void (f.apps = [makeApp()]);
    expect(changeOptions(makeChange('change-filing', 'enterprise', withApp), 'zh-CN').map((o) => o.field)).toEqual([
      'subject.name',
      'subject.certAddress',
      'subject.mailingAddress',
      'subject.investor',
      'subject.principal',
      'websites[0]',
      'websites[0].principal',
      'apps[0]',
      'apps[0].principal',
    ]);
    expect(changeOptions(makeChange('change-subject', 'enterprise'), 'zh-CN').every((o) => o.field.startsWith('subject.'))).toBe(true);
    expect(changeOptions(makeChange('change-service', 'enterprise'), 'zh-CN').map((o) => o.field)).toEqual(['websites[0]', 'websites[0].principal']);
    const labels = changeOptions(makeChange('change-filing', 'enterprise'), 'zh-CN').map((o) => o.label);
    expect(labels).toContain('主办单位名称');
    expect(labels).toContain('网站 1 的网站信息（名称、域名、IP、服务内容等）');
    expect(labels).toContain('网站 1 · 互联网信息服务负责人');
  });

  it('ticks and unticks one id, keeps ids it does not offer, and leaves the answer unset when nothing is ticked', () => {
    expect(toggleChanged(undefined, 'subject.name', true)).toEqual(['subject.name']);
    expect(toggleChanged(['websites[0].ipRanges[0].start'], 'subject.name', true)).toEqual(['websites[0].ipRanges[0].start', 'subject.name']);
    expect(toggleChanged(['subject.name', 'websites[0]'], 'subject.name', false)).toEqual(['websites[0]']);
    expect(toggleChanged(['subject.name'], 'subject.name', false)).toBeUndefined();
    expect(toggleChanged(['subject.name'], 'subject.name', true)).toEqual(['subject.name']);
  });
});

describe('the change-order question in the panel (declarations.changedFields)', () => {
  it('asked in a change order, not in a first filing', () => {
    showForm(makeForm('enterprise'));
    expect($('.changed-fields')).toBeNull();
    showForm(makeChange('change-filing', 'enterprise'));
    expect($('.changed-fields legend')?.textContent).toBe('本次变更修改了哪些信息？');
    expect(boxes().every(([, checked]) => checked === false)).toBe(true);
  });

  it('sends the ticked ids with the other answers; unticking the last one clears the answer', () => {
    showForm(makeChange('change-filing', 'enterprise', (f) => void (f.declarations = { hasSeal: true })));
    click('websites[0]');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ hasSeal: true, changedFields: ['websites[0]'] });
    showForm(makeChange('change-filing', 'enterprise', (f) => void (f.declarations = { hasSeal: true, changedFields: ['websites[0]'] })));
    expect(boxes()).toContainEqual(['websites[0]', true]);
    click('subject.name');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ hasSeal: true, changedFields: ['websites[0]', 'subject.name'] });
    click('websites[0]');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ hasSeal: true });
  });

  it('the answer decides who gets the SMS: an unchanged website’s principal drops out, a changed one is certain', () => {
    // Without an answer the website principal may have to verify (the form cannot tell).
    const base = (changed?: string[]) => makeChange('change-filing', 'enterprise', (f) => void (changed && (f.declarations = { changedFields: changed })));
    const recipients = () => $$('.sms-recipients > li').map((li) => [li.dataset.path, li.dataset.certainty]);
    showForm(base());
    expect(recipients()).toContainEqual(['websites[0].principal', 'possible']);
    showForm(base(['subject.name']));
    expect(recipients()).toEqual([['subject.principal', 'certain']]);
    showForm(base(['websites[0]']));
    expect(recipients()).toContainEqual(['websites[0].principal', 'certain']);
  });

  it('in English', () => {
    showForm(makeChange('change-service', 'enterprise'), 'en');
    expect($('.changed-fields legend')?.textContent).toBe('What does this change order edit?');
    expect($('.changed-fields label.check[data-field="websites[0]"]')?.textContent).toContain('Website 1: site details');
  });
});
