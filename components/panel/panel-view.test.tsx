// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maskEmail, maskPhone, maskTail } from '../../rules/checks/mask';
import { defineRule } from '../../rules/engine/types';
import { makeForm } from '../../test/support/make-form';
import { DEFAULT_SETTINGS, type Settings, type TabState } from '../messaging/protocol';
import { messyForm, resultFor, tabStateFor, TEST_RULES } from '../../test/support/ui-results';
import { catalogOf, loadCatalog } from './catalog';
import type { CoverageMatrix } from './coverage';
import { groupFindings } from './model';
import { PanelView, type PanelActions } from './panel-view';
import { mockPanelActions, type MockPanelActions } from '../../test/support/panel-actions';

let container: HTMLElement;
let actions: MockPanelActions;

function show(state: TabState | null | undefined, settings: Partial<Settings> = {}, coverage?: CoverageMatrix, prepared?: ReadonlySet<string>) {
  act(() => {
    render(
      <PanelView
        state={state}
        settings={{ ...DEFAULT_SETTINGS, ...settings }}
        coverage={coverage}
        actions={actions as unknown as PanelActions}
        prepared={prepared}
      />,
      container,
    );
  });
}
const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(selector: string) => [...container.querySelectorAll<E>(selector)];
const text = (selector: string) => $(selector)?.textContent ?? '';
function choose(select: HTMLSelectElement | HTMLInputElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  actions = mockPanelActions();
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('findings', () => {
  it('groups by step (the step on screen first, then wizard order), then by field (worst first), errors before warnings before info', () => {
    show(tabStateFor(messyForm()));
    expect($$('section.step').map((s) => s.dataset.step)).toEqual(['subject', 'verify', 'website']);
    show(tabStateFor(messyForm(), { step: 'website' }));
    expect($$('section.step').map((s) => s.dataset.step)).toEqual(['website', 'verify', 'subject']);
    show(tabStateFor(messyForm(), { step: 'unknown' }));
    expect($$('section.step').map((s) => s.dataset.step)).toEqual(['verify', 'subject', 'website']);
    expect($$('section.step[data-step="website"] .field').map((f) => f.dataset.field)).toEqual(['websites[0].name', 'websites[0].remark']);
    const nameFindings = $$('.field[data-field="websites[0].name"] .finding');
    expect(nameFindings.map((li) => li.dataset.rule)).toEqual(['test/site-name-chars', 'test/site-name-long']);
    expect(text('.field[data-field="websites[0].name"] h4')).toBe('网站 1 · 网站名称');
    expect(text('.findings .summary')).toBe('2 项会被驳回，1 项可能被驳回，2 条提示');
  });

  it('orders a field by severity whatever order the findings come in', () => {
    const findings = [...resultFor(messyForm()).findings].reverse();
    const website = groupFindings(findings).find((g) => g.step === 'website')!;
    expect(website.fields[0]!.findings.map((f) => f.severity)).toEqual(['error', 'info']);
    expect(website.fields.map((f) => f.field)).toEqual(['websites[0].name', 'websites[0].remark']);
  });

  it('asks the page to focus the field when a finding is clicked', () => {
    show(tabStateFor(messyForm()));
    act(() => $('.field[data-field="subject.principal.emergencyPhone"] .finding-main')!.click());
    expect(actions.focusField).toHaveBeenCalledWith('subject.principal.emergencyPhone');
  });

  it('shows page text as text', () => {
    show(tabStateFor(messyForm()));
    expect(text('.field[data-field="websites[0].name"]')).toContain('<img src=x onerror=alert(1)>');
    expect($('img')).toBeNull();
  });

  it('lists the rules that could not decide, with field labels', () => {
    show(tabStateFor(messyForm()));
    const item = $('.unknown li[data-rule="test/needs-legal-rep"]')!;
    expect(item.textContent).toContain('主体负责人应为法定代表人');
    expect(item.textContent).toContain('缺少：主体负责人是否法定代表人');
  });

  it('warns that checks are incomplete when the adapter misses fields', () => {
    show(tabStateFor(makeForm(), { health: { expected: ['subject.name', 'subject.certNumber'], missing: ['subject.certNumber'] } }));
    expect(text('.banner.health')).toContain('控制台页面可能已改版，检查不完整');
    expect(text('.banner.health')).toContain('主办单位证件号码');
    show(tabStateFor(makeForm()));
    expect($('.banner.health')).toBeNull();
  });

  it("names an option text it does not know and a control it cannot read, with the page's label", () => {
    const unread = [
      { field: 'serviceKind', label: '服务类型', text: '微信号应用服务' },
      { field: 'subject.nature', label: '主办单位性质', widget: 'lego-radio-group' },
    ];
    show(tabStateFor(makeForm(), { health: { expected: [], missing: [], unread } }));
    expect(text('.banner.health')).toContain('控制台页面可能已改版，检查不完整');
    expect(text('.banner.health .unrecognised')).toBe('这些字段显示的选项无法识别，未读取：服务类型「微信号应用服务」');
    expect(text('.banner.health .unreadable')).toBe('这些字段的控件无法读取：主办单位性质 (lego-radio-group)');
  });

  it('hides switched-off rules, lists them, and offers to switch them on and off', () => {
    show(tabStateFor(messyForm()));
    act(() => $<HTMLButtonElement>('.finding[data-rule="test/subject-name-short"] .disable-rule')!.click());
    act(() => $<HTMLButtonElement>('.finding[data-rule="test/subject-name-short"] .confirm-switch-off')!.click());
    expect(actions.setRuleEnabled).toHaveBeenCalledWith('test/subject-name-short', false);

    show(tabStateFor(messyForm()), { disabledRules: ['test/subject-name-short'] });
    expect($('.finding[data-rule="test/subject-name-short"]')).toBeNull();
    expect($$('section.step').map((s) => s.dataset.step)).toEqual(['subject', 'website']);
    expect(text('.disabled li[data-rule="test/subject-name-short"]')).toContain('主办单位名称过短');
    act(() => $<HTMLButtonElement>('.disabled li button')!.click());
    expect(actions.setRuleEnabled).toHaveBeenCalledWith('test/subject-name-short', true);
  });

  it('asks before switching a rule off, naming the rule and the findings that disappear, and can be cancelled', () => {
    show(tabStateFor(messyForm()));
    const card = () => $('.finding[data-rule="test/site-name-chars"]')!;
    act(() => card().querySelector<HTMLButtonElement>('.disable-rule')!.click());
    expect(actions.setRuleEnabled).not.toHaveBeenCalled();
    const ask = card().querySelector<HTMLElement>('.switch-off-confirm')!;
    expect(ask.textContent).toContain('关闭规则“网站名称不能含特殊字符”？');
    expect(ask.textContent).toContain('当前 1 项由它发现的问题将不再显示');
    expect(document.activeElement).toBe(ask.querySelector('.cancel-switch-off'));
    act(() => ask.querySelector<HTMLButtonElement>('.cancel-switch-off')!.click());
    expect(card().querySelector('.switch-off-confirm')).toBeNull();
    expect(document.activeElement).toBe(card().querySelector('.disable-rule'));
    expect(actions.setRuleEnabled).not.toHaveBeenCalled();
  });

  it('shows the switched-off rules in the verdict, with an undo for the latest', () => {
    show(tabStateFor(messyForm()));
    expect($('.verdict .switched-off')).toBeNull();
    show(tabStateFor(messyForm()), { disabledRules: ['test/subject-name-short', 'test/site-name-chars'] });
    expect(text('.verdict .switched-off')).toContain('已关闭 2 条规则');
    const undo = $<HTMLButtonElement>('.verdict .undo-switch-off')!;
    expect(undo.getAttribute('aria-label')).toBe('撤销：重新启用规则“网站名称不能含特殊字符”');
    act(() => undo.click());
    expect(actions.setRuleEnabled).toHaveBeenCalledWith('test/site-name-chars', true);
  });

  it('says so when the tab has no filing console', () => {
    show(null);
    expect(text('.no-state')).toContain('请在当前标签页打开华为云备案控制台');
    show(null, { lang: 'en' });
    expect(text('.no-state')).toContain('Open the Huawei Cloud filing console');
  });

  it('renders in English when the settings say so, and switches on request', () => {
    show(tabStateFor(messyForm()), { lang: 'en' });
    expect(text('.findings h2')).toBe('Findings');
    expect(text('.field[data-field="subject.name"]')).toContain('The subject name is too short.');
    expect(text('footer')).toContain('Passing these checks is not an approval');
    act(() =>
      $$<HTMLButtonElement>('.lang-switch button')
        .find((b) => b.lang === 'zh-CN')!
        .click(),
    );
    expect(actions.setLang).toHaveBeenCalledWith('zh-CN');
  });

  it('ends with the not-an-approval footer', () => {
    show(tabStateFor(makeForm()));
    expect(text('footer')).toContain('通过检查不代表备案一定获批');
  });

  it("names the tab's provider, never another: an Alibaba Cloud filing is not told about Huawei, nor offered Huawei's video-check mail", () => {
    const form = makeForm('individual', (f) => {
      f.declarations = { ...f.declarations, videoCheckRequested: true };
    });
    for (const lang of ['zh-CN', 'en'] as const) {
      show({ ...tabStateFor(form), console: 'huawei', provider: 'aliyun' }, { lang });
      // Citations keep naming the document a fact comes from (a Huawei help page stays a Huawei help page).
      const advice = container.cloneNode(true) as HTMLElement;
      for (const citation of advice.querySelectorAll('.sources, .section-sources, .evidence')) citation.remove();
      // Huawei Cloud as a domain registrar is not the filing provider: that advice holds at any provider.
      const registrarAdvice = /在华为云注册的域名[^。]*。|For a domain registered at Huawei Cloud[^.]*\./g;
      expect(advice.textContent!.replace(registrarAdvice, '')).not.toMatch(/华为|Huawei/);
      expect($('section.video-check')).toBeNull();
      expect($('#q-videoCheckRequested')).toBeNull();
      expect(text('footer')).toContain(lang === 'zh-CN' ? '接入商' : 'filing provider');
    }
    // The same filing at Huawei Cloud is offered the booking, worded for Huawei Cloud.
    show(tabStateFor(form));
    expect(text('section.video-check')).toContain('华为云要求我进行视频核验');
  });
});

describe('materials checklist', () => {
  it('lists every needed material with its status, reasons (rule and sources) and how to get it', () => {
    show(tabStateFor(messyForm()));
    const items = $$('.material');
    expect(items.map((li) => [li.dataset.material, li.dataset.status])).toEqual([
      ['service-principal-id@websites[0]', 'missing'],
      ['subject-certificate', 'provided'],
    ]);
    const missing = items[0]!;
    // Before the upload step nothing can be uploaded yet: to prepare, not "not uploaded".
    expect(missing.querySelector('.status')!.textContent).toBe('待准备');
    expect(missing.textContent).toContain('用于：网站 1');
    expect(missing.textContent).toContain('规则：需要上传证件');
    expect(missing.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\//);
    expect(missing.textContent).toContain('有效期需超过3个月');
    expect(items[1]!.textContent).toContain('已上传');
    expect(text('.materials .summary')).toBe('共 2 项，缺 1 项');
  });

  it('says "not uploaded" on the upload step, and the format and size the provider states', () => {
    show(tabStateFor(messyForm(), { step: 'upload' }));
    const missing = $('.material[data-material="service-principal-id@websites[0]"]')!;
    expect(missing.querySelector('.status')!.textContent).toBe('未上传');
    expect(missing.querySelector('.limits')!.textContent).toBe('格式与大小：jpg 或 png 图片，单张不超过 4 MB');
  });

  it('a ticked material counts as prepared, not missing, in the checklist and the verdict', () => {
    show(tabStateFor(messyForm()));
    expect($('.verdict [data-chip="materials"]')!.dataset.count).toBe('1');
    const tick = $<HTMLInputElement>('.material[data-material="service-principal-id@websites[0]"] .prepared-tick input')!;
    expect(tick.checked).toBe(false);
    expect(tick.getAttribute('aria-label')).toBe('已准备：互联网信息服务负责人证件');
    act(() => tick.click());
    expect(actions.setPrepared).toHaveBeenCalledWith('service-principal-id@websites[0]', true);

    show(tabStateFor(messyForm()), {}, undefined, new Set(['service-principal-id@websites[0]']));
    expect($('.verdict [data-chip="materials"]')!.dataset.count).toBe('0');
    const item = $('.material[data-material="service-principal-id@websites[0]"]')!;
    expect(item.querySelector('.status')!.textContent).toBe('已准备');
    expect(item.querySelector<HTMLInputElement>('.prepared-tick input')!.checked).toBe(true);
    expect(text('.materials .summary')).toBe('共 2 项，缺 0 项，已勾选 1 项');
    // The print view ticks it too.
    const printed = [...$$('.print-view .print-materials li')].find((li) => li.textContent!.includes('互联网信息服务负责人证件'))!;
    expect(printed.querySelector('.box')!.textContent).toBe('☑');
    // A provided item has nothing to tick.
    expect($('.material[data-material="subject-certificate"] .prepared-tick')).toBeNull();
  });
});

describe('questions the console does not ask', () => {
  it('asks a person for residence proof and the number of filed sites', () => {
    show(tabStateFor(makeForm()));
    expect($('#q-legal-subject\\.principal')).toBeNull();
    choose($<HTMLSelectElement>('#q-residenceProof')!, 'residence-permit');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ residenceProof: 'residence-permit' });
    choose($<HTMLInputElement>('#q-filedServiceCount')!, '2');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ filedServiceCount: 2 });
  });

  it('keeps earlier answers when adding one, and clears an answer', () => {
    show(
      tabStateFor(
        makeForm('individual', (f) => {
          f.declarations = { residenceProof: 'student-card', filedServiceCount: 1 };
        }),
      ),
    );
    choose($<HTMLInputElement>('#q-residenceProofValidTo')!, '2027-06-30');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ residenceProof: 'student-card', filedServiceCount: 1, residenceProofValidTo: '2027-06-30' });
    choose($<HTMLSelectElement>('#q-residenceProof')!, '');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ filedServiceCount: 1 });
  });

  it('marks and shows the questions a rule is waiting for', () => {
    // test/needs-legal-rep reads subject.principal.isLegalRepresentative, absent here: the question is flagged.
    show(
      tabStateFor(
        makeForm('enterprise', (f) => {
          delete f.subject!.principal!.isLegalRepresentative;
        }),
      ),
    );
    expect($('#q-legal-subject\\.principal')!.closest('.question')!.className).toContain('needed');
    expect(text('.questions .needed')).toContain('有规则需要此回答');
    expect($('#q-nationalLevelUnit')!.closest('.question')!.className).not.toContain('needed');
    expect($('#q-mobilesLocal')).toBeNull();
  });

  it('asks a unit whether its principals are legal representatives and whether it is national-level', () => {
    show(
      tabStateFor(
        makeForm('enterprise', (f) => {
          delete f.subject!.principal!.isLegalRepresentative;
          f.websites![0]!.principal!.sameAsSubjectPrincipal = false;
        }),
      ),
    );
    const subject = $<HTMLSelectElement>('#q-legal-subject\\.principal')!;
    expect(subject.value).toBe('');
    choose(subject, 'no');
    expect(actions.setPrincipalFlag).toHaveBeenCalledWith('subject.principal', false);
    choose($<HTMLSelectElement>('#q-legal-websites\\[0\\]\\.principal')!, 'yes');
    expect(actions.setPrincipalFlag).toHaveBeenCalledWith('websites[0].principal', true);
    choose($<HTMLSelectElement>('#q-nationalLevelUnit')!, 'yes');
    expect(actions.setDeclarations).toHaveBeenLastCalledWith({ nationalLevelUnit: true });
    expect($('#q-residenceProof')).toBeNull();
  });
});

describe('coverage', () => {
  const gdRule = defineRule({
    ...TEST_RULES.find((rule) => rule.id === 'national/emergency-phone-differs')!,
    id: 'provinces/gd/test-contacts',
    scope: { provinces: ['GD'] },
  });
  const catalog = catalogOf([...TEST_RULES, gdRule]);
  const showCoverage = (state: TabState) => {
    act(() => {
      render(
        <PanelView
          state={state}
          settings={DEFAULT_SETTINGS}
          coverage={catalog.coverage}
          nationalRules={catalog.national}
          actions={actions as unknown as PanelActions}
        />,
        container,
      );
    });
  };

  it("shows the form's province: its own rules, national-only families, and where the tool knows nothing", () => {
    showCoverage(tabStateFor(makeForm()));
    expect($<HTMLSelectElement>('#coverage-province')!.value).toBe('GD');
    expect(text('tr[data-family="contacts"]')).toContain('本省专有规则 1 条，另有全国规则 1 条');
    expect($('tr[data-family="contacts"]')!.className).toBe('covered');
    expect(text('tr[data-family="names"]')).toContain('没有本省专有规则，只有全国规则 4 条');
    expect($('tr[data-family="domains"]')!.className).toBe('gap');
    expect(text('tr[data-family="age"]')).not.toContain('本省专有');
    expect(text('tr[data-family="domains"]')).toContain('本工具对此一无所知');
    choose($<HTMLSelectElement>('#coverage-province')!, 'YN');
    expect(text('tr[data-family="contacts"]')).toContain('没有本省专有规则，只有全国规则 1 条');
  });

  it('lists all 31 provinces from the real rule set', () => {
    const real = loadCatalog();
    expect(real.coverage!.provinces).toHaveLength(31);
    act(() => {
      render(
        <PanelView
          state={null}
          settings={DEFAULT_SETTINGS}
          coverage={real.coverage}
          nationalRules={real.national}
          actions={actions as unknown as PanelActions}
        />,
        container,
      );
    });
    expect($$('#coverage-province option').filter((o) => (o as HTMLOptionElement).value !== '')).toHaveLength(31);
    expect(real.titles.get('national/emergency-phone-differs')?.en).toBe("The emergency phone must differ from the principal's mobile");
  });

  it('says when coverage is not available', () => {
    show(tabStateFor(makeForm()));
    expect(text('.coverage')).toContain('规则覆盖信息暂不可用');
  });
});

describe('print view', () => {
  /** Marked synthetic personal values, put into every personal field and into the site name that messages quote. */
  const MARKED = {
    name: '标记姓名甲乙',
    mobile: '13912345678',
    emergency: '13787654321',
    email: 'marked-person@example.invalid',
    address: '标记地址某某路99号',
    site: '标记站点名<b>x</b>',
  };
  const markedForm = () =>
    messyForm('individual', (f) => {
      const p = f.subject!.principal!;
      Object.assign(p, { name: MARKED.name, mobile: MARKED.mobile, emergencyPhone: MARKED.mobile, email: MARKED.email });
      f.subject!.name = MARKED.name;
      f.subject!.investor = MARKED.name;
      f.subject!.certAddress = MARKED.address;
      f.subject!.mailingAddress!.detail = MARKED.address;
      const w = f.websites![0]!;
      w.name = MARKED.site;
      Object.assign(w.principal!, { name: MARKED.name, mobile: MARKED.mobile, emergencyPhone: MARKED.emergency, email: MARKED.email });
    });

  it('lists documents and reasons but none of the personal values, even those quoted by messages', () => {
    const state = tabStateFor(markedForm());
    // The screen shows the quoted site name (the rule message quotes it): the print view must not.
    show(state);
    expect(text('.findings')).toContain(MARKED.site);
    const print = $('.print-view')!;
    const printed = print.textContent ?? '';
    expect(printed).toContain('互联网信息服务负责人证件');
    expect(printed).toContain('主办单位证件');
    expect(printed).toContain('需要上传证件');
    expect(printed).toContain('网站 1');
    expect(printed).toContain('通过检查不代表备案一定获批');
    const ids = [state.form.subject!.principal!.idNumber!, state.form.subject!.certNumber!];
    // The verification part of the print (SMS roles, domain proof, pre-approvals) shows no masked value either.
    const masked = [maskPhone(MARKED.mobile), maskPhone(MARKED.emergency), maskEmail(MARKED.email), ...ids.map((id) => maskTail(id))];
    expect(printed).toContain('接收工信部验证码的负责人');
    const personal = [...Object.values(MARKED), ...ids, ...masked];
    for (const value of personal) expect(printed, value).not.toContain(value);
    for (const value of personal) expect(print.innerHTML, value).not.toContain(value);
  });

  it('uses Chinese punctuation in the Chinese print, English in the English one', () => {
    show(tabStateFor(messyForm()));
    const line = [...$$('.print-view li')].find((li) => li.textContent!.includes('网站名称不能含特殊字符'))!;
    expect(line.textContent).toMatch(/^☐ 网站 1 · 网站名称：网站名称不能含特殊字符。/);
    expect(text('.print-view .print-materials li')).toMatch(/原因：[^:]+。$/);
    show(tabStateFor(messyForm()), { lang: 'en' });
    const english = [...$$('.print-view li')].find((li) => li.textContent!.includes('No special characters in website names'))!;
    expect(english.textContent).toMatch(/^☐ Website 1 · Website name: No special characters in website names\. /);
  });

  it('prints on request', () => {
    show(tabStateFor(makeForm()));
    act(() => $<HTMLButtonElement>('.print-button')!.click());
    expect(actions.print).toHaveBeenCalled();
  });
});
