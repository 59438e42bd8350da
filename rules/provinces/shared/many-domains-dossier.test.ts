import { describe, expect, it } from 'vitest';
import { makeForm, TODAY, type Mutable } from '../../../test/support/make-form';
import { run } from '../../engine/run';
import { testRule } from '../../../test/support/rule-tester';
import type { FilingForm } from '../../model/filing-form';
import rule from './many-domains-dossier';

const sites = (f: Mutable<FilingForm>, domains: string[]) =>
  void (f.websites = domains.map((d, i) => ({ ...f.websites![0]!, name: `张三的笔记${i + 1}`, domains: [d] })));
const six = ['a1.cn', 'a2.cn', 'a3.cn', 'a4.cn', 'a5.cn', 'a6.cn'];

testRule(rule, {
  valid: [
    { name: 'Guangdong personal, five prefixes', form: makeForm('individual', (f) => sites(f, six.slice(0, 5))) },
    { name: 'Guangdong personal, six domains but only five prefixes', form: makeForm('individual', (f) => sites(f, [...six.slice(0, 5), 'a1.com'])) },
    { name: 'Guangdong enterprise, six prefixes', form: makeForm('enterprise', (f) => sites(f, six)) },
    // HW-personal-materials counts prefixes: six domains of five prefixes stay below "more than five".
    {
      name: 'Yunnan personal, six domains but only five prefixes',
      form: makeForm('individual', (f) => {
        f.province = 'YN';
        sites(f, [...six.slice(0, 5), 'a1.com.cn']);
      }),
    },
    {
      name: 'Shaanxi personal, five prefixes',
      form: makeForm('individual', (f) => {
        f.province = 'SN';
        sites(f, six.slice(0, 5));
      }),
    },
  ],
  invalid: [
    {
      // S2 (广东个人, 2025): >5 different-prefix domains → per-domain 域名证书 + 网站建设方案书 + contract copy, else returned.
      name: 'Guangdong personal, six prefixes',
      form: makeForm('individual', (f) => sites(f, six)),
      needs: [
        ...six.map((_, i) => ({ material: 'domain-certificate', for: `websites[${i}].domains[0]`, message: 'domainCertificate' })),
        { material: 'site-plan', for: undefined, message: 'sitePlan' },
        { material: 'access-contract-copy', for: undefined, message: 'accessContract' },
      ],
    },
    {
      // HW-personal-materials (云南 personal): more than five prefixes → every domain's certificate and a 网站建设方案书.
      name: 'Yunnan personal, six prefixes over two websites',
      form: makeForm('individual', (f) => {
        f.province = 'YN';
        sites(f, ['a1.cn', 'a2.cn', 'a3.cn']);
        f.websites![0]!.domains = ['a1.cn', 'a4.cn', 'a5.cn', 'a6.com'];
      }),
      needs: [
        ...[
          'websites[0].domains[0]',
          'websites[0].domains[1]',
          'websites[0].domains[2]',
          'websites[0].domains[3]',
          'websites[1].domains[0]',
          'websites[2].domains[0]',
        ].map((field) => ({ material: 'domain-certificate', for: field, message: 'domainCertificate' })),
        { material: 'site-plan', for: undefined, message: 'sitePlan' },
      ],
    },
    {
      // HW-personal-materials (陕西 personal) replaces the older "five domains, certificates only".
      name: 'Shaanxi personal, six prefixes',
      form: makeForm('individual', (f) => {
        f.province = 'SN';
        sites(f, six);
      }),
      needs: [
        ...six.map((_, i) => ({ material: 'domain-certificate', for: `websites[${i}].domains[0]`, message: 'domainCertificate' })),
        { material: 'site-plan', for: undefined, message: 'sitePlan' },
      ],
    },
    {
      // TC, QC (陕西 units): five or more domains → domain certificates.
      name: 'Shaanxi enterprise, five domains',
      form: makeForm('enterprise', (f) => {
        f.province = 'SN';
        sites(f, six.slice(0, 5));
      }),
      needs: six.slice(0, 5).map((_, i) => ({ material: 'domain-certificate', for: `websites[${i}].domains[0]`, message: 'domainCertificate' })),
    },
    {
      // UC 2024 (四川): personal with ≥5 domains → construction plans.
      name: 'Sichuan personal, five domains',
      form: makeForm('individual', (f) => {
        f.province = 'SC';
        sites(f, six.slice(0, 5));
      }),
      needs: [{ material: 'site-plan', for: undefined, message: 'sitePlan' }],
    },
  ],
  notApplicable: [{ name: 'Beijing', form: makeForm('individual', (f) => void (f.province = 'BJ')) }],
});

describe('the count the dossier names', () => {
  it('says how many prefixes were counted and which, across every website', () => {
    const form = makeForm('individual', (f) => {
      f.province = 'YN';
      sites(f, [...six, 'a1.com']);
    });
    const result = run(form, { today: TODAY, rules: [rule] });
    const plan = result.materials.find((m) => m.materialId === 'site-plan')!;
    expect(plan.reasons[0]!.message['zh-CN']).toBe('本订单有6个不同前缀的域名（a1、a2、a3、a4、a5、a6）（达到本省的6个），需提供网站建设方案书。');
    expect(plan.reasons[0]!.message.en).toContain('6 domains with different prefixes (a1, a2, a3, a4, a5, a6)');
    expect(result.materials.filter((m) => m.materialId === 'domain-certificate')).toHaveLength(7);
  });
});
