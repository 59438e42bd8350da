/**
 * Which rule families have rules for a province, and where the tool knows nothing.
 * The matrix (rules/coverage.ts) counts province-specific rules only; national rules
 * apply everywhere and are counted per family beside it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CoverageMatrix } from '../../rules/coverage';
import type { Lang, RuleFamily } from '../../rules/engine/types';
import { PROVINCES, type ProvinceCode } from '../../rules/model/provinces';
import { t } from '../i18n';

export type { CoverageMatrix };

export interface CoverageProps {
  readonly matrix: CoverageMatrix | undefined;
  /** Number of national rules per family. */
  readonly national: Partial<Record<RuleFamily, number>> | undefined;
  readonly province: ProvinceCode | undefined;
  readonly lang: Lang;
  onProvince(code: ProvinceCode): void;
  /**
   * The matrix is on its way (the rule catalogue, loaded when wanted): says so rather than
   * "not available", and calls `onWanted` once the section comes near the screen.
   */
  readonly loading?: boolean;
  onWanted?(): void;
}

/** Calls `onWanted` once `target` is within a screen's height below the visible part (at once where nothing can tell). */
function useWhenNear(target: { current: Element | null }, onWanted: (() => void) | undefined): void {
  useEffect(() => {
    const element = target.current;
    if (!onWanted) return;
    if (!element || typeof IntersectionObserver !== 'function') {
      onWanted();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        onWanted();
      },
      { rootMargin: '0px 0px 100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, onWanted]);
}

function cellText(local: number, national: number, lang: Lang): string {
  if (local > 0) return national > 0 ? t(lang, 'coverage.count', { local, national }) : t(lang, 'coverage.localOnly', { local });
  if (national > 0) return t(lang, 'coverage.nationalOnly', { national });
  return t(lang, 'coverage.nothing');
}

export function Coverage(props: CoverageProps) {
  const { matrix, national, province, lang, onProvince, loading, onWanted } = props;
  const row = matrix && province ? matrix.cells[province] : undefined;
  const section = useRef<HTMLElement>(null);
  useWhenNear(section, matrix ? undefined : onWanted);
  return (
    <section class="coverage" aria-labelledby="coverage-title" ref={section}>
      <h2 id="coverage-title">{t(lang, 'coverage.title')}</h2>
      {!matrix ? (
        <p class="empty">{t(lang, loading ? 'app.loading' : 'coverage.unavailable')}</p>
      ) : (
        <>
          <div class="question">
            <label for="coverage-province">{t(lang, 'coverage.province')}</label>
            <select
              id="coverage-province"
              value={province ?? ''}
              onChange={(event) => onProvince((event.currentTarget as HTMLSelectElement).value as ProvinceCode)}
            >
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
                  const local = row[family]?.length ?? 0;
                  const nationwide = national?.[family] ?? 0;
                  return (
                    <tr key={family} data-family={family} class={local > 0 ? 'covered' : nationwide > 0 ? 'national-only' : 'gap'}>
                      <th scope="row">{t(lang, `family.${family}`)}</th>
                      <td>{cellText(local, nationwide, lang)}</td>
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
