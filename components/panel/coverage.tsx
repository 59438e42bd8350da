/** Which rule families have rules for a province, and where the tool knows nothing. */
import type { Lang, RuleFamily } from '../../rules/engine/types';
import { PROVINCES, type ProvinceCode } from '../../rules/model/provinces';
import { t } from '../i18n';

/** The shape rules/coverage.ts's coverageMatrix(rules) returns. */
export interface CoverageMatrix {
  readonly provinces: readonly ProvinceCode[];
  readonly families: readonly RuleFamily[];
  /** Province → family → ids of the rules that apply there (national and province rules). */
  readonly cells: Readonly<Record<ProvinceCode, Readonly<Record<RuleFamily, readonly string[]>>>>;
}

export function Coverage(props: { matrix: CoverageMatrix | undefined; province: ProvinceCode | undefined; lang: Lang; onProvince(code: ProvinceCode): void }) {
  const { matrix, province, lang, onProvince } = props;
  const row = matrix && province ? matrix.cells[province] : undefined;
  return (
    <section class="coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t(lang, 'coverage.title')}</h2>
      {!matrix ? (
        <p class="empty">{t(lang, 'coverage.unavailable')}</p>
      ) : (
        <>
          <div class="question">
            <label for="coverage-province">{t(lang, 'coverage.province')}</label>
            <select id="coverage-province" value={province ?? ''} onChange={(event) => onProvince((event.currentTarget as HTMLSelectElement).value as ProvinceCode)}>
              {!province && <option value="">{t(lang, 'coverage.chooseProvince')}</option>}
              {PROVINCES.filter((p) => matrix.provinces.includes(p.code)).map((p) => (
                <option key={p.code} value={p.code}>
                  {lang === 'zh-CN' ? p.zh : p.en}
                </option>
              ))}
            </select>
          </div>
          {row && (
            <table class="coverage-table">
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'coverage.family')}</th>
                  <th scope="col">{t(lang, 'coverage.rules')}</th>
                </tr>
              </thead>
              <tbody>
                {matrix.families.map((family) => {
                  const ids = row[family] ?? [];
                  const local = ids.filter((id) => id.startsWith('provinces/')).length;
                  return (
                    <tr key={family} data-family={family} class={ids.length === 0 ? 'gap' : 'covered'}>
                      <th scope="row">{t(lang, `family.${family}`)}</th>
                      <td>{ids.length === 0 ? t(lang, 'coverage.nothing') : t(lang, 'coverage.count', { count: ids.length, local })}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
