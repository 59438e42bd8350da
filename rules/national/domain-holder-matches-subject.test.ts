import { makeIdNumber } from '../../test/support/synthetic-ids';
import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './domain-holder-matches-subject';

testRule(rule, {
  valid: [
    { name: 'person holds the domain', form: makeForm() },
    {
      name: 'unit holds the domain, full-width brackets and spaces normalised',
      form: makeForm('enterprise', (f) => {
        f.subject!.name = '深圳市示例科技（南山）有限公司';
        f.domainRecords![0]!.holder = '深圳市示例科技(南山)有限公司 ';
      }),
    },
    { name: 'legal representative as holder is left to the province rules', form: makeForm('enterprise', (f) => void (f.domainRecords![0]!.holder = '李四')) },
    {
      name: 'principal as holder before the panel asked about the legal representative: province rules decide',
      form: makeForm('enterprise', (f) => {
        f.domainRecords![0]!.holder = '李四';
        delete f.subject!.principal!.isLegalRepresentative;
      }),
    },
    {
      name: 'same certificate number, lower-case x',
      form: makeForm('individual', (f) => void (f.domainRecords![0]!.holderCertNumber = f.subject!.certNumber!.toLowerCase())),
    },
    { name: 'holder not told', form: makeForm('individual', (f) => void (f.domainRecords![0]!.holder = '')) },
    {
      name: 'renamed unit, holder still the old name: left to national/change-renamed-subject',
      form: makeChange('change-subject', 'enterprise', (f) => void (f.subject!.name = '深圳市示例智能科技有限公司')),
    },
  ],
  invalid: [
    {
      // 域名未实名认证 驳回原因一: a relative's domain on a personal filing.
      name: 'a person files a domain held by someone else',
      form: makeForm('individual', (f) => void (f.domainRecords![0]!.holder = '张大山')),
      issues: [{ field: 'domainRecords[0].holder', message: 'personHolder' }],
    },
    {
      // a unit filing a domain registered by an employee.
      name: 'a unit files a domain held by an employee who is not the legal representative',
      form: makeForm('enterprise', (f) => void (f.domainRecords![0]!.holder = '王五')),
      issues: [{ field: 'domainRecords[0].holder', message: 'unitHolder' }],
    },
    {
      name: 'holder held by someone of the same name (another ID number)',
      form: makeForm('individual', (f) => void (f.domainRecords![0]!.holderCertNumber = makeIdNumber({ region: '110101', birth: '1985-03-03' }))),
      issues: [{ field: 'domainRecords[0].holderCertNumber', message: 'certDiffers' }],
    },
  ],
  unknown: [{ name: 'no domain records told', form: makeForm('individual', (f) => void delete f.domainRecords), missing: ['domainRecords'] }],
});
