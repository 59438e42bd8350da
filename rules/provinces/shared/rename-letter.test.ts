import { makeChange } from '../../../test/support/make-change';
import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import rule from './rename-letter';

const NEW_NAME = '深圳市示例智能科技有限公司';
const renamedIn = (province: ProvinceCode, filingType: 'change-subject' | 'change-filing' = 'change-subject') =>
  makeChange(filingType, 'enterprise', (f) => {
    f.province = province;
    f.filed!.province = province;
    f.subject!.name = NEW_NAME;
  });

testRule(rule, {
  valid: [
    { name: 'Sichuan, name unchanged', form: makeChange('change-subject', 'enterprise', (f) => void (f.province = 'SC')) },
    {
      // R-rules: an address-only change normally needs no change proof.
      name: 'Shaanxi, only the address edited',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.province = 'SN';
        f.subject!.certAddress = '西安市雁塔区科技路1号';
        f.declarations = { changedFields: ['subject.certAddress'] };
      }),
    },
    {
      name: 'Hainan, the same name typed with other brackets and spaces',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.province = 'HI';
        f.filed!.subjectName = '海口示例科技(美兰)有限公司';
        f.subject!.name = '海口示例科技（美兰） 有限公司';
      }),
    },
  ],
  invalid: [
    {
      // K-变更 (四川): 变更时涉及到公司名称时，需上传工商更名函.
      name: 'Sichuan, a renamed company',
      form: renamedIn('SC'),
      needs: [{ material: 'rename-letter', message: 'renamed' }],
    },
    {
      // K-变更 (陕西): 如营业执照变更请提供变更证明.
      name: 'Shaanxi, a renamed company in a change-filing order',
      form: renamedIn('SN', 'change-filing'),
      needs: [{ material: 'rename-letter', message: 'renamed' }],
    },
    {
      // S1 (海南): a changed licence needs the 工商更名函.
      name: 'Hainan, a renamed company',
      form: renamedIn('HI'),
      needs: [{ material: 'rename-letter', message: 'renamed' }],
    },
  ],
  notApplicable: [
    { name: 'Guangdong has no such page', form: renamedIn('GD') },
    { name: 'a person', form: makeChange('change-subject', 'individual', (f) => void (f.province = 'SC')) },
    {
      name: 'a first filing',
      form: makeChange('first', 'enterprise', (f) => {
        f.province = 'SC';
        f.subject!.name = NEW_NAME;
      }),
    },
  ],
  unknown: [
    {
      name: 'the filed name was not read',
      form: makeChange('change-subject', 'enterprise', (f) => {
        f.province = 'SN';
        delete f.filed!.subjectName;
      }),
      missing: ['filed.subjectName'],
    },
  ],
});
