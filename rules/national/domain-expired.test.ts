import { describe, expect, it } from 'vitest';
import { run } from '../engine/run';
import { PROVINCE_CODES, type ProvinceCode } from '../model/provinces';
import expiryOlderSources from '../provinces/shared/domain-expiry-province-minimum';
import expiryThreeMonths from '../provinces/shared/domain-expiry-three-months';
import { makeChange } from '../../test/support/make-change';
import { makeForm, TODAY } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './domain-expired';

// TODAY is 2026-11-29.
const expiring = (expiresOn: string, province: ProvinceCode = 'GD') =>
  makeForm('enterprise', (f) => {
    f.province = province;
    f.domainRecords![0]!.expiresOn = expiresOn;
  });

testRule(rule, {
  valid: [
    { name: 'two years left', form: makeForm() },
    { name: 'expires tomorrow: still valid (how much must be left is a province matter)', form: expiring('2026-11-30') },
  ],
  invalid: [
    {
      // K-错误 2.1: 您的域名显示已经到期 — an .io domain that expired in 2020, filed in Guangdong.
      name: 'expired years ago, in a province with no expiry rule',
      form: makeForm('individual', (f) => void (f.domainRecords = [{ domain: 'zhangsan-notes.io', holder: '张三', expiresOn: '2020-03-15' }])),
      issues: [{ field: 'domainRecords[0].expiresOn', message: 'expired' }],
    },
    { name: 'expires today', form: expiring(TODAY), issues: [{ field: 'domainRecords[0].expiresOn', message: 'expired' }] },
    {
      name: 'the second of two domains expired, in a change order',
      form: makeChange('change-service', 'enterprise', (f) => {
        f.domainRecords = [f.domainRecords![0]!, { domain: 'example-tech.com.cn', holder: f.subject!.name, expiresOn: '2026-10-01' }];
      }),
      issues: [{ field: 'domainRecords[1].expiresOn', message: 'expired' }],
    },
  ],
  unknown: [
    { name: 'expiry not known', form: makeForm('individual', (f) => void delete f.domainRecords![0]!.expiresOn), missing: ['domainRecords[0].expiresOn'] },
  ],
});

describe('national/domain-expired with the provinces’ expiry rules', () => {
  const rules = [rule, expiryThreeMonths, expiryOlderSources];
  const findingsFor = (expiresOn: string, province: ProvinceCode) =>
    run(expiring(expiresOn, province), { today: TODAY, rules })
      .findings.filter((f) => f.field === 'domainRecords[0].expiresOn')
      .map((f) => [f.ruleId, f.severity]);

  it('reports an expired domain once, as an error, in every province', () => {
    for (const province of PROVINCE_CODES) expect(findingsFor('2026-11-01', province), province).toEqual([['national/domain-expired', 'error']]);
  });

  it('leaves a domain still valid today to the province rules: one finding at most', () => {
    expect(findingsFor('2027-01-15', 'BJ')).toEqual([['provinces/shared/domain-expiry-three-months', 'error']]);
    expect(findingsFor('2027-01-15', 'AH')).toEqual([['provinces/shared/domain-expiry-province-minimum', 'warning']]);
    expect(findingsFor('2027-01-15', 'GD')).toEqual([]);
  });

  it('says nothing in a cancellation, where the domain is being given up', () => {
    const form = makeChange('cancel-access', 'enterprise', (f) => void (f.domainRecords![0]!.expiresOn = '2025-01-01'));
    expect(run(form, { today: TODAY, rules }).findings).toEqual([]);
  });
});
