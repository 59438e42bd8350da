/**
 * The verification part of the printed checklist: who receives the MIIT code (roles
 * only), what the domain proof must show, and who issues each ticked pre-approval. Like
 * the rest of the print view it carries no value from the form — no name, number, email,
 * masked tail or domain — only roles, labels and authorities.
 */
import type { RunResult } from '../../rules/engine/run';
import type { Lang } from '../../rules/engine/types';
import type { FilingForm } from '../../rules/model/filing-form';
import { domainProof, preApprovalChecklist, smsRecipients } from '../../rules/verification';
import { pick, t } from '../i18n';
import { needsDomainProof } from './domain-proof';

export function PrintVerification(props: { form: FilingForm; result: RunResult; lang: Lang; disabledRules: readonly string[] }) {
  const { form, result, lang, disabledRules } = props;
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const plan = smsRecipients(form);
  const roles = [...new Set(plan.recipients.map((r) => pick(r.who, lang)))];
  const proof = needsDomainProof(result, disabledRules) ? domainProof(form).mustShow.map((m) => pick(m.label, lang)) : [];
  const approvals = preApprovalChecklist(form);
  if (roles.length === 0 && proof.length === 0 && approvals.length === 0) return null;
  return (
    <>
      <h2>{t(lang, 'print.verification')}</h2>
      <ul class="print-verification">
        {roles.length > 0 && (
          <li>
            {t(lang, 'print.smsWho', { who: roles.join(sep) })} {t(lang, 'print.smsWindow')}
          </li>
        )}
        {proof.length > 0 && <li>{t(lang, 'print.domainProof', { items: proof.join(sep) })}</li>}
        {approvals.map((item) => (
          <li key={item.field}>
            {t(lang, 'print.preApproval', {
              category: pick(item.info.name, lang),
              authority:
                [item.info.authority, item.info.licence]
                  .filter((x) => x !== undefined)
                  .map((x) => pick(x!, lang))
                  .join(lang === 'zh-CN' ? '，' : ', ') || t(lang, 'preApproval.unnamed'),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
