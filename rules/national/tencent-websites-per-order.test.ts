import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './tencent-websites-per-order';

type Site = NonNullable<ReturnType<typeof makeForm>['websites']>[number];

/** The baseline's website n times over, each with its own name and domain. */
function sites(first: Site, n: number): Site[] {
  return Array.from({ length: n }, (_, i) => ({ ...first, name: `${first.name}${i + 1}`, domains: [`site${i + 1}.cn`] }));
}

testRule(rule, {
  valid: [
    { name: 'a person files one website', provider: 'tencent', form: makeForm('individual') },
    {
      name: 'a company files ten websites in one order',
      provider: 'tencent',
      form: makeForm('enterprise', (f) => void (f.websites = sites(f.websites![0]!, 10))),
    },
  ],
  invalid: [
    {
      // TC-website-info: 个人备案每个订单最多可提交1个网站.
      name: 'a person puts a second website in the order',
      provider: 'tencent',
      form: makeForm('individual', (f) => void (f.websites = sites(f.websites![0]!, 2))),
      issues: [{ field: 'websites[1].name', message: 'overCap' }],
    },
    {
      // TC-website-info: 单位备案每个订单最多可提交10个网站.
      name: 'a company puts eleven websites in one order',
      provider: 'tencent',
      form: makeForm('enterprise', (f) => void (f.websites = sites(f.websites![0]!, 11))),
      issues: [{ field: 'websites[10].name', message: 'overCap' }],
    },
  ],
  notApplicable: [
    { name: 'Alibaba Cloud: not its rule', provider: 'aliyun', form: makeForm('individual', (f) => void (f.websites = sites(f.websites![0]!, 2))) },
    {
      name: 'a change order is not a new order of websites',
      provider: 'tencent',
      form: makeForm('individual', (f) => {
        f.filingType = 'change-service';
        f.websites = sites(f.websites![0]!, 2);
      }),
    },
  ],
  unknown: [
    {
      name: 'the subject nature not read yet',
      provider: 'tencent',
      form: makeForm('individual', (f) => void delete f.subject!.nature),
      missing: ['subject.nature'],
    },
  ],
});
