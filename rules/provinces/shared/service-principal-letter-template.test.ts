import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import { otherSitePrincipal, personal, unit } from '../../../test/support/province-forms';
import rule from './service-principal-letter-template';

const PROVINCES: ProvinceCode[] = ['SH', 'FJ', 'GX', 'CQ', 'SN', 'HN'];
const need = [{ material: 'service-principal-authorisation', for: 'websites[0]', message: 'provinceTemplate' }];

testRule(rule, {
  valid: [
    ...PROVINCES.map((code) => ({ name: `${code}: legal representative runs the website`, form: unit(code) })),
    { name: 'SH: another website principal who is also marked legal representative', form: unit('SH', (f) => otherSitePrincipal(f, 'SH', '1992-02-02', true)) },
  ],
  invalid: [
    // e.g. 上海 (HW K-管局): site owner ≠ legal rep → Shanghai ICP负责人授权书, not the generic one.
    ...PROVINCES.map((code) => ({ name: `${code}: another person runs the website`, form: unit(code, (f) => otherSitePrincipal(f, code)), needs: need })),
    {
      name: 'SH: subject principal (not the legal rep) also runs the website',
      form: unit('SH', (f) => void (f.subject!.principal!.isLegalRepresentative = false)),
      needs: need,
    },
  ],
  notApplicable: [{ name: 'personal filing', form: personal('SH') }],
});
