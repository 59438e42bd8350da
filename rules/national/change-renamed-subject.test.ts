import { makeApp } from '../../test/support/make-app';
import { makeChange } from '../../test/support/make-change';
import { testRule } from '../../test/support/rule-tester';
import rule from './change-renamed-subject';

const NEW_NAME = '深圳市示例智能科技有限公司';

testRule(rule, {
  valid: [
    { name: 'name unchanged', form: makeChange('change-subject') },
    {
      name: 'same name typed with full-width brackets and spaces',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.filed!.subjectName = '深圳市示例科技(南山)有限公司';
        f.subject!.name = '深圳市示例科技（南山） 有限公司';
      }),
    },
    { name: 'filed name not shown by the console', form: makeChange('change-filing', 'enterprise', (f) => void (f.filed!.subjectName = '')) },
  ],
  invalid: [
    {
      // 备案主体名称错误 (主办单位名称变更) + 域名实名信息与备案信息不符: renamed company, domain updated already.
      name: 'renamed company whose domain already carries the new name',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.subject!.name = NEW_NAME;
        f.domainRecords![0]!.holder = NEW_NAME;
      }),
      needs: [
        { material: 'subject-certificate', message: 'latestLicence' },
        { material: 'domain-real-name-screenshot', for: 'websites[0]', message: 'domainRealName' },
      ],
    },
    {
      // K-变更: the domain is still held under the old company name — MIIT domain verification returns the change.
      name: 'renamed company whose domain still carries the old name',
      form: makeChange('change-filing', 'enterprise', (f) => void (f.subject!.name = NEW_NAME)),
      issues: [{ field: 'domainRecords[0].holder', message: 'holderOldName' }],
      needs: [
        { material: 'subject-certificate', message: 'latestLicence' },
        { material: 'domain-real-name-screenshot', for: 'websites[0]', message: 'domainRealName' },
      ],
    },
    {
      // app domains are verified against the subject too.
      name: 'renamed company with a website and an app',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.subject!.name = NEW_NAME;
        f.domainRecords![0]!.holder = NEW_NAME;
        f.apps = [makeApp()];
      }),
      needs: [
        { material: 'subject-certificate', message: 'latestLicence' },
        { material: 'domain-real-name-screenshot', for: 'websites[0]', message: 'domainRealName' },
        { material: 'domain-real-name-screenshot', for: 'apps[0]', message: 'domainRealName' },
      ],
    },
  ],
  notApplicable: [
    { name: 'a personal subject', form: makeChange('change-subject', 'individual') },
    { name: 'a first filing', form: makeChange('first', 'enterprise', (f) => void (f.subject!.name = NEW_NAME)) },
  ],
  unknown: [
    { name: 'filed name not read', form: makeChange('change-subject', 'enterprise', (f) => void delete f.filed!.subjectName), missing: ['filed.subjectName'] },
  ],
});
