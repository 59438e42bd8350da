// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../rules/engine/run';
import authenticityCheck from '../../rules/materials/authenticity-check';
import principalAuthorisation from '../../rules/materials/principal-authorisation';
import preApprovalWords from '../../rules/national/site-name-pre-approval-words';
import { makeForm, TODAY, withSiteName } from '../../test/support/make-form';
import { Checklist } from './checklist';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(lang: 'zh-CN' | 'en', form = withSiteName('示例医院官网', 'enterprise'), materialsElsewhere?: boolean) {
  const result = run(form, { today: TODAY, rules: [preApprovalWords] });
  act(() => render(<Checklist result={result} lang={lang} disabledRules={[]} titles={new Map()} materialsElsewhere={materialsElsewhere} />, container));
}

describe('materials the console has uploaded in its app', () => {
  it('are done in the app and not readable here, never missing', () => {
    show('zh-CN', withSiteName('示例医院官网', 'enterprise'), true);
    const item = container.querySelector<HTMLElement>('.material[data-material="pre-approval-document@websites[0]"]')!;
    expect(item.dataset.status).toBe('elsewhere');
    expect(item.querySelector('.status')!.textContent).toBe('在App中完成：此处无法读取');
    expect(container.querySelector('.summary')!.textContent).toBe('共 1 项，缺 0 项，1 项在App中完成');
    expect(container.querySelector('.status.missing')).toBeNull();
  });

  it('in English', () => {
    show('en', withSiteName('示例医院官网', 'enterprise'), true);
    expect(container.querySelector('.material .status')!.textContent).toBe('Done in the app: not readable here');
  });

  it('a material with a file counted on a page stays provided', () => {
    const form = { ...withSiteName('示例医院官网', 'enterprise'), materials: { 'pre-approval-document@websites[0]': 1 } };
    show('zh-CN', form, true);
    expect(container.querySelector<HTMLElement>('.material')!.dataset.status).toBe('provided');
  });
});

describe('a material a finding implies', () => {
  it('shows as "needed if" the finding, with its field and the alternative', () => {
    show('zh-CN');
    const item = container.querySelector<HTMLElement>('.material[data-material="pre-approval-document@websites[0]"]')!;
    const condition = item.querySelector<HTMLElement>('.needed-if li')!;
    expect(condition.dataset.rule).toBe('national/site-name-pre-approval-words');
    expect(condition.dataset.field).toBe('websites[0].name');
    expect(condition.textContent).toContain('需要，如果：');
    expect(condition.textContent).toContain('网站名称“示例医院官网”含有“医院”');
    expect(condition.textContent).toContain('或提供：不涉及前置审批承诺书');
  });

  it('reads "needed if" in English', () => {
    show('en');
    expect(container.querySelector('.needed-if')!.textContent).toContain('Needed if: ');
  });

  it('leaves with the finding', () => {
    show('zh-CN', makeForm('enterprise'));
    expect(container.querySelector('.material')).toBeNull();
    expect(container.querySelector('.needed-if')).toBeNull();
  });
});

describe('what to do with each material', () => {
  const unitWithDeputy = () =>
    makeForm('enterprise', (form) => {
      form.subject!.principal!.isLegalRepresentative = false;
      form.materials = {};
    });
  function showFor(provider: 'huawei' | 'aliyun' | 'tencent', lang: 'zh-CN' | 'en' = 'zh-CN', step: 'subject' | 'upload' = 'subject') {
    const result = run(unitWithDeputy(), { today: TODAY, rules: [principalAuthorisation, authenticityCheck], provider });
    act(() =>
      render(<Checklist result={result} lang={lang} disabledRules={[]} titles={new Map()} currentStep={step} onPrepared={() => undefined} />, container),
    );
  }
  const item = (id: string) => container.querySelector<HTMLElement>(`.material[data-material^="${id}"]`)!;

  it('a process (the face check) is to be done, a document to be prepared; "not uploaded" only on the upload step', () => {
    showFor('huawei');
    expect(item('authenticity-check').querySelector('.status')!.textContent).toBe('待完成');
    expect(item('principal-authorisation').querySelector('.status')!.textContent).toBe('待准备');
    expect(item('authenticity-check').querySelector('.prepared-tick')!.textContent).toBe(' 已完成');
    showFor('huawei', 'zh-CN', 'upload');
    expect(item('authenticity-check').querySelector('.status')!.textContent).toBe('待完成');
    expect(item('principal-authorisation').querySelector('.status')!.textContent).toBe('未上传');
  });

  it('names the template, where the provider offers it, who signs it and the provider’s limits; a process has no upload limits', () => {
    showFor('huawei');
    const letter = item('principal-authorisation');
    expect(letter.querySelector('.template')!.textContent).toBe('模板：主体负责人授权书（华为云“备案材料模板下载”）');
    expect(letter.querySelector('.signer')!.textContent).toBe('签字盖章：法定代表人签字，并加盖单位公章');
    expect(letter.querySelector('.limits')!.textContent).toBe('格式与大小：jpg 或 png 图片，单张不超过 4 MB');
    expect(item('authenticity-check').querySelector('.limits')).toBeNull();
  });

  it('an Alibaba Cloud or Tencent Cloud user is sent to their own provider and told no limits Huawei states', () => {
    for (const provider of ['aliyun', 'tencent'] as const) {
      showFor(provider);
      const letter = item('principal-authorisation');
      expect(letter.querySelector('.template')!.textContent).toContain(provider === 'aliyun' ? '阿里云' : '腾讯云');
      expect(letter.querySelector('.limits')).toBeNull();
      // Citations keep naming the document a fact comes from (a Huawei help page stays one).
      const advice = container.cloneNode(true) as HTMLElement;
      for (const citation of advice.querySelectorAll('.sources')) citation.remove();
      expect(advice.textContent).not.toContain('华为');
    }
  });

  it('in English', () => {
    showFor('huawei', 'en');
    expect(item('principal-authorisation').querySelector('.status')!.textContent).toBe('To prepare');
    expect(item('principal-authorisation').querySelector('.signer')!.textContent).toBe(
      'Signed by: The legal representative signs; the unit seal is stamped on it',
    );
  });
});
