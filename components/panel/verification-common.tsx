/** Small pieces shared by the verification sections (SMS, video check, domain proof, pre-approval). */
import type { Lang } from '../../rules/engine/types';
import { SOURCES, type Source, type SourceKey } from '../../rules/sources';
import { SourceLinks } from '../inline/finding-details';
import { t } from '../i18n';

/** The cited documents of a helper's facts, each once, in order of first mention. */
export function sourcesOf(keys: readonly SourceKey[]): Source[] {
  return [...new Set(keys)].map((key) => SOURCES[key]).filter((source): source is Source => source !== undefined);
}

/** 「依据」 under a section: the sources its facts rest on. */
export function SectionSources({ keys, lang }: { keys: readonly SourceKey[]; lang: Lang }) {
  const sources = sourcesOf(keys);
  if (sources.length === 0) return null;
  return (
    <details class="section-sources">
      <summary>{t(lang, 'finding.sources')}</summary>
      <SourceLinks sources={sources} lang={lang} />
    </details>
  );
}

/** How sure a fact is: Huawei's text, its knowledge base, a third party, or this tool's own suggestion. */
export function Evidence({ evidence, lang }: { evidence: 'F' | 'K' | 'T' | 'I'; lang: Lang }) {
  const label = t(lang, `evidence.${evidence}`);
  return <span class={`evidence evidence-${evidence}`}>{lang === 'zh-CN' ? `（${label}）` : ` (${label})`}</span>;
}
