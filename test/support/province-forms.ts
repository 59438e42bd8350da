/**
 * Test fixtures for the province PEOPLE rules: the Guangdong baselines of
 * test/support/make-form.ts moved to another province, with synthetic ID numbers and
 * credit codes of the right region.
 */
import type { FilingForm } from '../../rules/model/filing-form';
import { provinceByCode, type ProvinceCode } from '../../rules/model/provinces';
import { makeForm, type Mutable } from './make-form';
import { makeCreditCode, makeIdNumber } from './synthetic-ids';

/** A synthetic ID number issued in `code` (address code `<gb>0102`). */
export function idFrom(code: ProvinceCode, birth = '1990-01-01', sequence = '123'): string {
  return makeIdNumber({ region: `${provinceByCode(code).gb}0102`, birth, sequence });
}

/** A personal filing in `province` by someone whose ID card was issued in `idProvince`. */
export function personal(
  province: ProvinceCode,
  idProvince: ProvinceCode = province,
  mutate?: (f: Mutable<FilingForm>) => void,
  birth = '1990-01-01',
): FilingForm {
  return makeForm('individual', (f) => {
    const id = idFrom(idProvince, birth);
    f.province = province;
    f.subject!.certNumber = id;
    f.subject!.principal!.idNumber = id;
    f.websites![0]!.principal!.idNumber = id;
    mutate?.(f);
  });
}

/** An enterprise filing in `province` (credit code registered there), principal born on `birth`. */
export function unit(province: ProvinceCode, mutate?: (f: Mutable<FilingForm>) => void, birth = '1980-05-20'): FilingForm {
  return makeForm('enterprise', (f) => {
    const gb = provinceByCode(province).gb;
    const id = idFrom(province, birth, '456');
    f.province = province;
    f.subject!.certNumber = makeCreditCode({ region: `${gb}0100` });
    f.subject!.principal!.idNumber = id;
    f.websites![0]!.principal!.idNumber = id;
    mutate?.(f);
  });
}

/** A 个体工商户 (credit code 92…) filing in `province`. */
export function soleProprietor(province: ProvinceCode, mutate?: (f: Mutable<FilingForm>) => void): FilingForm {
  return unit(province, (f) => {
    f.subject!.certNumber = makeCreditCode({ authority: '9', classCode: '2', region: `${provinceByCode(province).gb}0100` });
    f.subject!.name = '示例便利店';
    mutate?.(f);
  });
}

/** A second person as the website principal (different ID number, name and phones). */
export function otherSitePrincipal(f: Mutable<FilingForm>, code: ProvinceCode, birth = '1992-02-02', isLegalRepresentative = false): void {
  f.websites![0]!.principal = {
    ...f.websites![0]!.principal!,
    sameAsSubjectPrincipal: false,
    name: '王五',
    idNumber: idFrom(code, birth, '789'),
    mobile: '13500135000',
    emergencyPhone: '13400134000',
    email: 'wangwu@example-tech.cn',
    isLegalRepresentative,
  };
}
