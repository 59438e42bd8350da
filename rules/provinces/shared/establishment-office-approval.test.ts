import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import type { SubjectNature } from '../../model/vocabulary';
import rule from './establishment-office-approval';

const unit = (province: ProvinceCode, nature: SubjectNature) =>
  makeForm('enterprise', (f) => {
    f.province = province;
    f.subject!.nature = nature;
    f.subject!.name = '某某县文化馆';
  });

testRule(rule, {
  valid: [{ name: 'Tianjin public institution: only government sites need the office approval', form: unit('TJ', 'institution') }],
  invalid: [
    {
      // 黑公信安〔2015〕10号 (黑龙江): 事业单位 without 编办 approval are refused.
      name: 'Heilongjiang public institution',
      form: unit('HL', 'institution'),
      needs: [{ material: 'establishment-office-proof', for: undefined, message: 'approval' }],
    },
    {
      // UC 2024 / HW (江西): 党政机关 need 机构编制 approval first.
      name: 'Jiangxi government body',
      form: unit('JX', 'government'),
      needs: [{ material: 'establishment-office-proof', for: undefined, message: 'approval' }],
    },
    {
      name: 'Tianjin government body',
      form: unit('TJ', 'government'),
      needs: [{ material: 'tj-government-office-approval', for: undefined, message: 'municipalApproval' }],
    },
  ],
  notApplicable: [
    { name: 'enterprise', form: makeForm('enterprise', (f) => void (f.province = 'HL')) },
    { name: 'Guangdong institution', form: unit('GD', 'institution') },
  ],
});
