import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import rule from './construction-plan-site-count';

const adding = (province: ProvinceCode, nature: 'individual' | 'enterprise', filed: number) =>
  makeForm(nature, (f) => {
    f.province = province;
    f.filingType = 'add-service';
    f.declarations = { filedServiceCount: filed };
  });

testRule(rule, {
  valid: [
    { name: 'Hunan first site', form: adding('HN', 'enterprise', 0) },
    { name: 'Chongqing personal second site', form: adding('CQ', 'individual', 1) },
    { name: 'Fujian fifth site', form: adding('FJ', 'enterprise', 4) },
  ],
  invalid: [
    {
      // UC 2024 / HW (湖南): an entity that already has a filed site must add a 网站建设方案书.
      name: 'Hunan second site',
      form: adding('HN', 'enterprise', 1),
      needs: [{ material: 'site-plan', for: 'websites[0]', message: 'sitePlan' }],
    },
    {
      // UC 2024 (重庆): personal >2 sites → per-domain plan + guarantee letter.
      name: 'Chongqing personal third site',
      form: adding('CQ', 'individual', 2),
      needs: [
        { material: 'site-plan', for: 'websites[0].domains[0]', message: 'sitePlanPerDomain' },
        { material: 'guarantee-letter', for: undefined, message: 'guarantee' },
      ],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: adding('GD', 'individual', 3) }],
  unknown: [{ name: 'count not answered', form: makeForm('enterprise', (f) => void (f.province = 'HN')), missing: ['declarations.filedServiceCount'] }],
});
