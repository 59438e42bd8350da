import { makeForm } from '../../test/support/make-form';
import { makeChange } from '../../test/support/make-change';
import { testRule } from '../../test/support/rule-tester';
import rule from './new-domain-resolution-paused';

testRule(rule, {
  valid: [
    { name: 'domain not typed yet', form: makeForm('individual', (f) => void (f.websites![0]!.domains = [''])) },
    { name: 'a new website whose domain is already filed for the subject', form: makeChange('add-service') },
  ],
  invalid: [
    {
      // 网站解析问题 (未备案域名未关闭解析): the new domain still resolves during review.
      name: 'first filing of a new domain',
      form: makeForm(),
      issues: [{ field: 'websites[0].domains[0]', message: 'pauseResolution' }],
    },
    {
      // for 新增网站: the added domain is unfiled and must not resolve until approved.
      name: 'a new website added to a filed subject',
      form: makeChange('add-service', 'enterprise', (f) => void (f.websites![0]!.domains = ['example-tech-shop.cn'])),
      issues: [{ field: 'websites[0].domains[0]', message: 'pauseResolution' }],
    },
  ],
  notApplicable: [{ name: 'a change may stay online', form: makeChange('change-service') }],
  unknown: [{ name: 'domains not read', form: makeForm('individual', (f) => void delete f.websites![0]!.domains), missing: ['websites[0].domains'] }],
});
