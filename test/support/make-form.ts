/**
 * Valid baseline filings for rule tests. Each test clones a baseline and changes only
 * what the case is about, so a failing case names one mistake.
 */
import type { FilingForm } from '../../rules/model/filing-form';
import { makeCreditCode, makeIdNumber } from './synthetic-ids';

export const TODAY = '2026-11-29';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
export type Baseline = 'individual' | 'enterprise';

function individual(): FilingForm {
  const idNumber = makeIdNumber({ region: '440305', birth: '1990-01-01' });
  const principal = {
    name: '张三',
    idType: 'resident-id' as const,
    idNumber,
    idValidFrom: '2020-01-01',
    idValidTo: '2040-01-01',
    idLongTerm: false,
    mobile: '13800138000',
    emergencyPhone: '13900139000',
    email: 'zhangsan@example.com',
    officePhone: '',
  };
  return {
    filingType: 'first',
    province: 'GD',
    resource: { type: 'ecs' },
    subject: {
      nature: 'individual',
      name: '张三',
      certType: 'resident-id',
      certNumber: idNumber,
      certAddress: '广东省深圳市南山区科技园路1号',
      mailingAddress: { province: '广东省', city: '深圳市', district: '南山区', detail: '科技园路1号' },
      investor: '张三',
      remark: '',
      principal,
    },
    websites: [
      {
        name: '张三的技术笔记',
        domains: ['zhangsan-notes.cn'],
        homepageUrls: ['http://zhangsan-notes.cn'],
        ipRanges: [{ start: '121.36.1.10', end: '121.36.1.10' }],
        serviceContent: ['blog'],
        languages: ['zh-Hans'],
        preApprovals: [],
        remark: '个人技术博客，记录编程学习笔记，不涉及企业信息。',
        principal: { ...principal, sameAsSubjectPrincipal: true },
      },
    ],
    domainRecords: [{ domain: 'zhangsan-notes.cn', holder: '张三', expiresOn: '2028-06-30' }],
    materials: {
      'subject-certificate': 1,
      'subject-principal-id': 1,
      'service-principal-id@websites[0]': 1,
      'authenticity-check@websites[0]': 1,
      'gd-commitment-letter': 1,
      'domain-certificate@websites[0].domains[0]': 1,
    },
  };
}

function enterprise(): FilingForm {
  const principal = {
    name: '李四',
    idType: 'resident-id' as const,
    idNumber: makeIdNumber({ region: '440304', birth: '1980-05-20', sequence: '456' }),
    idValidFrom: '2018-03-01',
    idValidTo: '2038-03-01',
    idLongTerm: false,
    mobile: '13700137000',
    emergencyPhone: '13600136000',
    email: 'lisi@example-tech.cn',
    officePhone: '0755-86001234',
    isLegalRepresentative: true,
  };
  return {
    filingType: 'first',
    province: 'GD',
    resource: { type: 'ecs' },
    subject: {
      nature: 'enterprise',
      name: '深圳市示例科技有限公司',
      certType: 'business-licence',
      certNumber: makeCreditCode(),
      certAddress: '深圳市南山区粤海街道科技南路88号',
      mailingAddress: { province: '广东省', city: '深圳市', district: '南山区', detail: '粤海街道科技南路88号' },
      investor: '李四',
      remark: '',
      principal,
    },
    websites: [
      {
        name: '示例科技官网',
        domains: ['example-tech.cn'],
        homepageUrls: ['http://www.example-tech.cn'],
        ipRanges: [{ start: '121.36.1.20', end: '121.36.1.20' }],
        serviceContent: ['unit-portal'],
        languages: ['zh-Hans'],
        preApprovals: [],
        remark: '',
        principal: { ...principal, sameAsSubjectPrincipal: true },
      },
    ],
    domainRecords: [{ domain: 'example-tech.cn', holder: '深圳市示例科技有限公司', expiresOn: '2029-01-31' }],
    materials: {
      'subject-certificate': 1,
      'subject-principal-id': 1,
      'service-principal-id@websites[0]': 1,
      'authenticity-check@websites[0]': 1,
      'gd-commitment-letter': 1,
    },
  };
}

/**
 * A deep copy of a valid baseline, changed by `mutate`:
 * `makeForm('individual', (f) => { f.websites![0]!.name = '123' })`.
 */
export function makeForm(baseline: Baseline = 'individual', mutate?: (form: Mutable<FilingForm>) => void): FilingForm {
  const form = structuredClone(baseline === 'individual' ? individual() : enterprise()) as Mutable<FilingForm>;
  mutate?.(form);
  return form;
}

/** A baseline whose first website has the given name (the naming rules' tests): `withSiteName('笔记')`. */
export function withSiteName(name: string, baseline: Baseline = 'individual'): FilingForm {
  return makeForm(baseline, (form) => void (form.websites![0]!.name = name));
}
