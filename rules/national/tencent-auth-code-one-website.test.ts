import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './tencent-auth-code-one-website';

/** The enterprise baseline filed on `resource`, with a second website. */
function twoSitesOn(resource: { type: 'auth-code' | 'ecs'; authCode?: string }) {
  return makeForm('enterprise', (f) => {
    const first = f.websites![0]!;
    f.resource = resource;
    f.websites!.push({ ...first, name: `${first.name}二`, domains: ['second-site.cn'] });
  });
}

testRule(rule, {
  valid: [
    {
      name: 'one website on an authorisation code',
      provider: 'tencent',
      form: makeForm('enterprise', (f) => void (f.resource = { type: 'auth-code', authCode: 'ABCD1234' })),
    },
    { name: 'two websites on a server of the account', provider: 'tencent', form: twoSitesOn({ type: 'ecs' }) },
  ],
  invalid: [
    {
      // TC-auth-code: 1个授权码对应1个网站的备案.
      name: 'two websites on one typed authorisation code',
      provider: 'tencent',
      form: twoSitesOn({ type: 'auth-code', authCode: 'ABCD1234' }),
      issues: [{ field: 'resource.authCode', message: 'tooMany' }],
    },
    {
      name: 'two websites with 备案授权码 chosen and no code typed yet',
      provider: 'tencent',
      form: twoSitesOn({ type: 'auth-code' }),
      issues: [{ field: 'resource.type', message: 'tooMany' }],
    },
  ],
  notApplicable: [
    {
      name: 'Huawei Cloud: not its rule',
      provider: 'huawei',
      form: twoSitesOn({ type: 'auth-code', authCode: 'ABCD1234' }),
    },
  ],
});
