/** Why / how to fix / sources / effective date of a finding: shared by the inline warning and the side panel. */
import type { Finding } from '../../rules/engine/run';
import type { Lang } from '../../rules/engine/types';
import { mayBeOutdated } from '../../rules/engine/freshness';
import type { Source } from '../../rules/sources';
import { localDate } from '../local-date';
import { pick } from '../i18n';
import { t } from './strings';

/** A source's title in `lang`: its Chinese title in the Chinese UI where it has one. */
export function sourceTitle(source: Source, lang: Lang | undefined): string {
  return lang === 'zh-CN' && source.titleZh ? source.titleZh : source.title;
}

/** Source links open in a new tab when the user clicks them; only https URLs become links. */
export function SourceLinks({ sources, lang }: { sources: readonly Source[]; lang?: Lang }) {
  if (sources.length === 0) return null;
  return (
    <ul class="sources">
      {sources.map((source) => (
        <li key={source.url}>
          {source.url.startsWith('https://') ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {sourceTitle(source, lang)}
            </a>
          ) : (
            sourceTitle(source, lang)
          )}
          <span class="publisher"> — {lang === 'zh-CN' && source.publisherZh ? source.publisherZh : source.publisher}</span>
        </li>
      ))}
    </ul>
  );
}

/** `today`: the user's local date unless given (tests); a rule reviewed more than a year before it is marked. */
export function FindingDetails({ finding, lang, today }: { finding: Finding; lang: Lang; today?: string }) {
  const outdated = finding.reviewedAt !== undefined && mayBeOutdated(finding.reviewedAt, today ?? localDate());
  return (
    <dl class="details-list">
      <dt>{t(lang, 'finding.why')}</dt>
      <dd>{pick(finding.why, lang)}</dd>
      <dt>{t(lang, 'finding.fix')}</dt>
      <dd>{pick(finding.fix, lang)}</dd>
      {finding.sources.length > 0 && (
        <>
          <dt>{t(lang, 'finding.sources')}</dt>
          <dd>
            <SourceLinks sources={finding.sources} lang={lang} />
          </dd>
        </>
      )}
      {finding.effectiveFrom && <dd class="effective">{t(lang, 'finding.effective', { date: finding.effectiveFrom })}</dd>}
      {finding.reviewedAt && <dd class="reviewed">{t(lang, 'finding.reviewed', { date: finding.reviewedAt })}</dd>}
      {outdated && <dd class="outdated">{t(lang, 'finding.outdated')}</dd>}
    </dl>
  );
}
