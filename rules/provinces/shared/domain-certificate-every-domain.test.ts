import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './domain-certificate-every-domain';

testRule(rule, {
  valid: [{ name: 'Guangdong enterprise is not asked', form: makeForm('enterprise') }],
  invalid: [
    {
      // S2 (广东个人): materials list includes 域名证书.
      name: 'Guangdong personal',
      form: makeForm('individual'),
      needs: [{ material: 'domain-certificate', for: 'websites[0].domains[0]', message: 'certificate' }],
    },
    {
      // TC/QC/JD (江苏): 每个域名都需要域名证书.
      name: 'Jiangsu enterprise, two domains',
      form: makeForm('enterprise', (f) => {
        f.province = 'JS';
        f.websites![0]!.domains = ['example-tech.cn', 'example-tech.com'];
      }),
      needs: [
        { material: 'domain-certificate', for: 'websites[0].domains[0]', message: 'certificate' },
        { material: 'domain-certificate', for: 'websites[0].domains[1]', message: 'certificate' },
      ],
    },
  ],
  notApplicable: [
    { name: 'Beijing', form: makeForm('individual', (f) => void (f.province = 'BJ')) },
    { name: 'change filing', form: makeForm('individual', (f) => void (f.filingType = 'change-subject')) },
  ],
});
