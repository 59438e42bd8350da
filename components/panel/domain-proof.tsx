/**
 * What the domain real-name proof (域名所有者实名认证截图 / 域名证书) must show and the
 * values from the form it must match (rules/verification/domain-proof.ts, P24, P30, P12, S2, P41, K-材料, P11).
 * Shown when the checklist asks for either material. Personal certificate numbers come
 * masked from the helper; a mismatching holder is reported by the rules as a finding.
 *
 * The console never shows who holds a domain (that is on the registrar's page), so for a
 * domain the form says nothing about the user may type the holder shown there; it is
 * compared here, in the panel's memory only (not sent to the page, not stored).
 */
import type { RunResult } from '../../rules/engine/run';
import type { Lang } from '../../rules/engine/types';
import { useState } from 'preact/hooks';
import type { FilingForm } from '../../rules/model/filing-form';
import { domainProof } from '../../rules/verification';
import { fieldList, pick, t } from '../i18n';
import { visibleMaterials } from './model';
import { SectionSources } from './verification-common';

const PROOF_MATERIALS = ['domain-real-name-screenshot', 'domain-certificate'];

/** The checklist asks for a domain proof (any domain, any service). */
export function needsDomainProof(result: RunResult, disabledRules: readonly string[]): boolean {
  return visibleMaterials(result.materials, disabledRules).some((item) => PROOF_MATERIALS.includes(item.key.split('@')[0]!));
}

/** The form with the holders typed in the panel added as domain records (records the form has win). */
export function withTypedHolders(form: FilingForm, typed: Readonly<Record<string, string>>): FilingForm {
  const known = new Set(
    domainProof(form)
      .items.filter((item) => item.recordField)
      .map((item) => item.domain),
  );
  const added = Object.entries(typed)
    .filter(([domain, holder]) => holder.trim() !== '' && !known.has(domain))
    .map(([domain, holder]) => ({ domain, holder: holder.trim() }));
  return added.length ? { ...form, domainRecords: [...(form.domainRecords ?? []), ...added] } : form;
}

export function DomainProofSection(props: { form: FilingForm; result: RunResult; lang: Lang; disabledRules: readonly string[] }) {
  const { form, result, lang, disabledRules } = props;
  const [typed, setTyped] = useState<Record<string, string>>({});
  if (!needsDomainProof(result, disabledRules)) return null;
  const fromForm = new Set(
    domainProof(form)
      .items.filter((item) => item.recordField)
      .map((item) => item.domain),
  );
  const guide = domainProof(withTypedHolders(form, typed));
  const none = t(lang, 'domain.noValue');
  return (
    <section class="domain-proof" aria-labelledby="domain-proof-title">
      <h2 id="domain-proof-title">{t(lang, 'domain.title')}</h2>
      <p>{t(lang, 'domain.intro')}</p>
      <ol class="must-show">
        {guide.mustShow.map((m) => (
          <li key={m.id} data-show={m.id}>
            {pick(m.label, lang)}
          </li>
        ))}
      </ol>
      {guide.items.map((item, index) => (
        <div class="domain-item" key={item.domain} data-domain={item.domain} data-holder={item.holder} data-cert-number={item.certNumber}>
          <h3>{t(lang, 'domain.domain', { domain: item.domain })}</h3>
          <p class="hint">{t(lang, 'domain.usedBy', { fields: fieldList(item.fields, lang) })}</p>
          <h4>{t(lang, 'domain.expected')}</h4>
          <dl class="details-list expected">
            {guide.mustShow.map((m) => {
              const v = item.expected[m.id];
              return [
                <dt key={`${m.id}-t`}>{pick(m.label, lang)}</dt>,
                <dd key={`${m.id}-d`} class={`expected-${m.id}`}>
                  {v === undefined ? none : typeof v === 'string' ? v : pick(v, lang)}
                </dd>,
              ];
            })}
          </dl>
          {!fromForm.has(item.domain) && (
            <div class="question holder-question">
              <label for={`domain-holder-${index}`}>{t(lang, 'domain.typeHolder')}</label>
              <input
                id={`domain-holder-${index}`}
                class="holder-input"
                type="text"
                autocomplete="off"
                value={typed[item.domain] ?? ''}
                onInput={(event) => {
                  const value = (event.currentTarget as HTMLInputElement).value;
                  setTyped((previous) => ({ ...previous, [item.domain]: value }));
                }}
              />
              <p class="hint">{t(lang, 'domain.typeHolderHint')}</p>
            </div>
          )}
          <p class={`holder-status ${item.holder}`}>
            {t(lang, item.holder === 'differs' && !fromForm.has(item.domain) ? 'domain.holder.differsTyped' : `domain.holder.${item.holder}`)}
          </p>
          {item.recorded?.holder && fromForm.has(item.domain) && <p class="recorded">{t(lang, 'domain.recorded', { holder: item.recorded.holder })}</p>}
          {item.recorded?.certNumber && <p class="recorded">{t(lang, 'domain.recordedNumber', { number: item.recorded.certNumber })}</p>}
          <p class={`cert-status ${item.certNumber}`}>{t(lang, `domain.certNumber.${item.certNumber}`)}</p>
        </div>
      ))}
      <details class="domain-advice">
        <summary>{t(lang, 'domain.advice')}</summary>
        <ul>
          {guide.advice.map((a) => (
            <li key={a['zh-CN']}>{pick(a, lang)}</li>
          ))}
        </ul>
      </details>
      <SectionSources keys={guide.sources} lang={lang} />
    </section>
  );
}
