/**
 * The ticked pre-approvals (前置审批) with the authority that approves each and the
 * licence it issues (rules/verification/pre-approval.ts; sources P19, K-驳回). Entries that
 * rest on the 2017 third-party table are marked as possibly outdated; the province's
 * 不涉及前置审批承诺书 is named as the alternative (K-材料), by province, saying whether
 * the reference documents that province's template.
 */
import type { Lang } from '../../rules/engine/types';
import type { FilingForm } from '../../rules/model/filing-form';
import { provinceByCode } from '../../rules/model/provinces';
import { DEFAULT_PROVIDER, PROVIDERS, type ProviderId } from '../../rules/model/providers';
import { isCancelFilingType } from '../../rules/model/vocabulary';
import { preApprovalChecklist, provincePledge, type ProvincePledge } from '../../rules/verification';
import { pick, t } from '../i18n';
import { serviceLabel } from './checklist';
import { SectionSources } from './verification-common';

/** The pledge line: the filing province by name, and whether the reference documents its template. */
function pledgeText(pledge: ProvincePledge | undefined, lang: Lang, provider: ProviderId): string {
  if (!pledge) return t(lang, 'preApproval.pledge');
  const p = provinceByCode(pledge.province);
  const province = lang === 'zh-CN' ? p.full : p.en;
  return t(lang, pledge.templateDocumented ? 'preApproval.pledgeProvince' : 'preApproval.pledgeProvinceUnlisted', {
    province,
    provider: PROVIDERS[provider].name[lang],
  });
}

/** The pre-approvals this order submits (a cancellation submits none). */
export function preApprovalItems(form: FilingForm) {
  return isCancelFilingType(form.filingType) ? [] : preApprovalChecklist(form);
}

export function PreApprovalSection({ form, lang, provider = DEFAULT_PROVIDER }: { form: FilingForm; lang: Lang; provider?: ProviderId }) {
  const items = preApprovalItems(form);
  if (items.length === 0) return null;
  const pledge = provincePledge(form.province);
  return (
    <section class="pre-approval" aria-labelledby="pre-approval-title">
      <h2 id="pre-approval-title">{t(lang, 'preApproval.title')}</h2>
      <p>{t(lang, 'preApproval.intro')}</p>
      <ul class="pre-approval-list">
        {items.map((item) => {
          const { info } = item;
          return (
            <li key={item.field} data-field={item.field} data-category={info.category}>
              <strong>{pick(info.name, lang)}</strong> · {serviceLabel(item.service, lang)}
              {info.authority ? (
                <p class="authority">{t(lang, 'preApproval.authority', { authority: pick(info.authority, lang) })}</p>
              ) : (
                <p class="authority unnamed">{t(lang, 'preApproval.unnamed')}</p>
              )}
              {info.licence && <p class="licence">{t(lang, 'preApproval.licence', { licence: pick(info.licence, lang) })}</p>}
              {info.thirdParty2017 && <p class="outdated">{t(lang, 'preApproval.outdated')}</p>}
              {info.note && <p class="hint">{pick(info.note, lang)}</p>}
              <p class="status">
                {t(lang, item.numberEntered ? 'preApproval.number.yes' : 'preApproval.number.no')}
                {item.documentUploaded !== undefined && (
                  <>
                    {lang === 'zh-CN' ? '；' : '; '}
                    {t(lang, item.documentUploaded ? 'preApproval.document.yes' : 'preApproval.document.no')}
                  </>
                )}
                {item.validUntil && (
                  <>
                    {lang === 'zh-CN' ? '；' : '; '}
                    {t(lang, 'preApproval.validUntil', { date: item.validUntil })}
                  </>
                )}
              </p>
              {info.pledge.alternative && (
                <p class="pledge" data-province={pledge?.province} data-template={pledge ? String(pledge.templateDocumented) : undefined}>
                  {pledgeText(pledge, lang, provider)}
                  {info.pledge.categoryTemplateKnown && ` ${t(lang, 'preApproval.pledgeCategory')}`}
                </p>
              )}
              <SectionSources keys={[...info.sources, ...(pledge?.sources ?? [])]} lang={lang} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
