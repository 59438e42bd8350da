import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './migration-province';

const migration = (province: 'GD' | 'BJ' | 'YN') => makeChange('migrate-service', 'enterprise', (f) => void (f.province = province));

testRule(rule, {
  valid: [
    // S4 (2024-07-19): 广东 and 云南 are among the provinces that accept migrations.
    { name: 'a Guangdong website migration', form: migration('GD') },
    { name: 'a Yunnan website migration', form: migration('YN') },
  ],
  invalid: [
    {
      // Not on S4's list; the knowledge base's 26 provinces are not named: confirm, never refuse.
      name: 'a Beijing website migration',
      form: migration('BJ'),
      issues: [{ field: 'province', message: 'unlistedProvince' }],
    },
  ],
  notApplicable: [
    { name: 'a first filing in Beijing', form: makeForm('enterprise', (f) => void (f.province = 'BJ')) },
    { name: 'a change of a website', form: makeChange('change-service', 'enterprise', (f) => void (f.province = 'BJ')) },
    { name: 'a migration at Alibaba Cloud (its own flow)', form: migration('BJ'), provider: 'aliyun' },
  ],
  unknown: [
    {
      name: 'the province not read yet',
      form: makeChange('migrate-service', 'enterprise', (f) => void delete f.province),
      missing: ['province'],
    },
  ],
});
