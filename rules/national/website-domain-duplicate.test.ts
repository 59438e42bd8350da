import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './website-domain-duplicate';

const secondSite = (domains: string[]) => makeForm('enterprise', (f) => void f.websites!.push({ ...f.websites![0]!, name: '示例科技商城', domains }));

testRule(rule, {
  valid: [
    { name: 'one site, one domain', form: makeForm() },
    { name: 'two sites, different domains', form: secondSite(['example-shop.cn']) },
    { name: 'same name under another suffix is another domain', form: secondSite(['example-tech.com.cn']) },
  ],
  invalid: [
    {
      // The second copy cannot be filed: the order stops at submission or domain verification.
      name: 'the same domain in two websites, typed differently',
      form: secondSite(['EXAMPLE-TECH.CN']),
      issues: [{ field: 'websites[1].domains[0]', message: 'otherSite' }],
    },
    {
      name: 'the same domain twice in one website',
      form: makeForm('enterprise', (f) => void (f.websites![0]!.domains = ['example-tech.cn', 'example-tech.cn'])),
      issues: [{ field: 'websites[0].domains[1]', message: 'sameSite' }],
    },
  ],
  notApplicable: [{ name: 'no websites', form: makeForm('enterprise', (f) => void (f.websites = [])) }],
  unknown: [{ name: 'domains not read', form: makeForm('enterprise', (f) => void delete f.websites![0]!.domains), missing: ['websites[0].domains'] }],
});
