/**
 * Who receives the MIIT verification SMS for this order (rules/verification/sms.ts;
 * sources P29, P31): masked mobiles (last four digits), the 24-hour window, resends and
 * wrong tries, and a link the user opens to the MIIT filing system. The extension itself
 * never contacts that site.
 */
import type { Lang } from '../../rules/engine/types';
import type { FilingForm } from '../../rules/model/filing-form';
import { smsRecipients } from '../../rules/verification';
import { pick, t } from '../i18n';
import { Evidence, SectionSources } from './verification-common';

export const MIIT_FILING_SYSTEM = 'https://beian.miit.gov.cn/';

export function SmsSection({ form, lang }: { form: FilingForm; lang: Lang }) {
  const plan = smsRecipients(form);
  const whoOf = (path: string) => plan.recipients.find((r) => r.path === path);
  const sources = [...plan.recipients.flatMap((r) => r.sources), ...plan.facts.flatMap((f) => f.sources)];
  return (
    <section class="sms" aria-labelledby="sms-title">
      <h2 id="sms-title">{t(lang, 'sms.title')}</h2>
      {plan.required === false ? (
        <p class="sms-not-required">{t(lang, 'sms.notRequired')}</p>
      ) : (
        plan.recipients.length > 0 && (
          <>
            <p>{t(lang, 'sms.intro')}</p>
            <ul class="sms-recipients">
              {plan.recipients.map((r) => {
                const same = r.sameMobileAs ? whoOf(r.sameMobileAs) : undefined;
                return (
                  <li key={r.path} data-path={r.path} data-certainty={r.certainty}>
                    <strong>{pick(r.who, lang)}</strong>
                    {r.certainty === 'possible' && <span class="possible"> [{t(lang, 'sms.possible')}]</span>}
                    <span class="mobile"> — {r.mobileMasked ? t(lang, 'sms.mobile', { mobile: r.mobileMasked }) : t(lang, 'sms.noMobile')}</span>
                    {r.mobileValid === false && <p class="invalid">{t(lang, 'sms.invalid')}</p>}
                    {same && <p class="same">{t(lang, 'sms.sameAs', { who: pick(same.who, lang) })}</p>}
                    <p class="reason">
                      {pick(r.reason, lang)}
                      <Evidence evidence={r.evidence} lang={lang} />
                    </p>
                  </li>
                );
              })}
            </ul>
          </>
        )
      )}
      {plan.notes.length > 0 && (
        <ul class="sms-notes">
          {plan.notes.map((note) => (
            <li key={note['zh-CN']}>{pick(note, lang)}</li>
          ))}
        </ul>
      )}
      {plan.required !== false && (
        <>
          <h3>{t(lang, 'sms.facts')}</h3>
          <ul class="sms-facts">
            {plan.facts.map((fact) => (
              <li key={fact.id} data-fact={fact.id}>
                {pick(fact.text, lang)}
                <Evidence evidence={fact.evidence} lang={lang} />
              </li>
            ))}
          </ul>
          <p>
            <a class="miit-link" href={MIIT_FILING_SYSTEM} target="_blank" rel="noopener noreferrer">
              {t(lang, 'sms.link')}
            </a>
          </p>
          <p class="hint">{t(lang, 'sms.linkHint')}</p>
        </>
      )}
      <SectionSources keys={sources} lang={lang} />
    </section>
  );
}
