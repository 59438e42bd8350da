/**
 * The printable checklist: documents to prepare and the reasons, and what to change.
 * It is built only from rule and material texts and field labels, never from messages
 * (which may quote what the user typed) and never from the form's values, so no name, ID
 * number, phone, email or address can reach paper (the verification part reads only roles
 * and categories from the form: print-verification.tsx). Hidden on screen; shown alone when printing.
 */
import type { RunResult } from '../../rules/engine/run';
import type { Bilingual, Lang } from '../../rules/engine/types';
import type { FilingForm } from '../../rules/model/filing-form';
import { fieldLabel } from '../../rules/model/fields';
import { pick, t } from '../i18n';
import { serviceLabel } from './checklist';
import { groupFindings, visibleMaterials } from './model';
import { PrintVerification } from './print-verification';

/** A title as a sentence: ended with 。 in Chinese, a full stop in English, unless it ends with punctuation already. */
export function sentence(text: string, lang: Lang): string {
  if (/[。！？.!?]$/.test(text)) return text;
  return `${text}${lang === 'zh-CN' ? '。' : '.'}`;
}

/** A field's findings, one per rule (a rule may report one field under several messages: the title and fix are the same). */
function onePerRule<F extends { readonly ruleId: string }>(findings: readonly F[]): F[] {
  const seen = new Set<string>();
  return findings.filter((finding) => !seen.has(finding.ruleId) && seen.add(finding.ruleId));
}

export function PrintView(props: {
  result: RunResult;
  lang: Lang;
  disabledRules: readonly string[];
  titles: Map<string, Bilingual>;
  form?: FilingForm;
  materialsElsewhere?: boolean;
  /** Keys of the materials ticked as prepared in the panel: printed ticked. */
  prepared?: ReadonlySet<string>;
}) {
  const { result, lang, disabledRules, titles, form } = props;
  const materials = visibleMaterials(result.materials, disabledRules, props.materialsElsewhere);
  const groups = groupFindings(result.findings, disabledRules);
  const title = (ruleId: string) => {
    const text = titles.get(ruleId);
    return text ? pick(text, lang) : ruleId;
  };
  return (
    <section class="print-view">
      <h1>{t(lang, 'print.title')}</h1>
      <p class="note">{t(lang, 'print.noPersonalData')}</p>
      <h2>{t(lang, 'print.materials')}</h2>
      <ul class="print-materials">
        {materials.map((item) => (
          <li key={item.key}>
            <span class="box">{item.status === 'provided' || props.prepared?.has(item.key) ? '☑' : '☐'}</span> <strong>{pick(item.name, lang)}</strong>
            {item.for && <span> · {serviceLabel(item.for, lang)}</span>}
            {item.status === 'elsewhere' && <span> · {t(lang, 'materials.elsewhere')}</span>}
            {item.howTo && <p>{pick(item.howTo, lang)}</p>}
            {item.template && <p>{t(lang, 'materials.template', { name: pick(item.template.name, lang), where: pick(item.template.where, lang) })}</p>}
            {item.limits && <p>{t(lang, 'materials.limits', { text: pick(item.limits, lang) })}</p>}
            {item.signer && <p>{t(lang, 'materials.signer', { text: pick(item.signer, lang) })}</p>}
            <p>{t(lang, 'print.reasons', { rules: [...new Set(item.reasons.map((reason) => title(reason.ruleId)))].join(lang === 'zh-CN' ? '；' : '; ') })}</p>
          </li>
        ))}
      </ul>
      {groups.length > 0 && (
        <>
          <h2>{t(lang, 'print.findings')}</h2>
          {groups.map((group) => (
            <div key={group.step}>
              <h3>{t(lang, `step.${group.step}`)}</h3>
              <ul>
                {group.fields.flatMap((fieldGroup) =>
                  onePerRule(fieldGroup.findings).map((finding) => (
                    <li key={`${fieldGroup.field}|${finding.ruleId}`}>
                      <span class="box">☐</span> <strong>{fieldLabel(fieldGroup.field, lang)}</strong>
                      {lang === 'zh-CN' ? '：' : ': '}
                      {sentence(pick(finding.title, lang), lang)} {pick(finding.fix, lang)}
                    </li>
                  )),
                )}
              </ul>
            </div>
          ))}
        </>
      )}
      {form && <PrintVerification form={form} result={result} lang={lang} disabledRules={disabledRules} />}
      <p class="disclaimer">{t(lang, 'footer.disclaimer')}</p>
    </section>
  );
}
