/**
 * The filing type the adapter read, and — for change, cancellation and access orders —
 * the rules' warnings about the order itself at the top of the panel (irreversible
 * cancellation, fields a change may not alter, data that must match the record). They
 * are ordinary findings, also listed under their step; here they are made hard to miss.
 */
import type { Finding, RunResult } from '../../rules/engine/run';
import { SEVERITY_RANK, type Lang } from '../../rules/engine/types';
import type { FilingForm } from '../../rules/model/filing-form';
import { FILING_TYPES, type FilingType } from '../../rules/model/vocabulary';
import { t, type UiStringKey } from '../i18n';
import { findingKeys } from '../inline/finding-keys';
import { FindingCard, type FindingActions } from './findings';

/** Rules about the order as a whole: national/change-*, national/cancel-*, national/access-*, and their province variants. */
const ORDER_RULE = /(?:^|\/)(?:change|cancel|access)-[^/]*$/;

export function isOrderFinding(finding: Finding): boolean {
  return finding.field === 'filingType' || finding.field === 'filed' || finding.field.startsWith('filed.') || ORDER_RULE.test(finding.ruleId);
}

function alertTitle(type: FilingType): UiStringKey | undefined {
  if (type.startsWith('change-')) return 'filingType.change.title';
  if (type.startsWith('cancel-')) return 'filingType.cancel.title';
  if (type === 'add-access') return 'filingType.access.title';
  return undefined;
}

export function FilingTypeSection(props: { form: FilingForm; result: RunResult; lang: Lang; disabledRules: readonly string[]; actions: FindingActions }) {
  const { form, result, lang, disabledRules, actions } = props;
  const type = form.filingType;
  if (!type) return <p class="filing-type unknown-type">{t(lang, 'filingType.unknown')}</p>;
  const term = FILING_TYPES[type];
  const label = <p class="filing-type">{t(lang, 'filingType.label', { type: lang === 'zh-CN' ? term.zh : term.en })}</p>;
  const title = alertTitle(type);
  if (!title) return label;
  const off = new Set(disabledRules);
  const findings = result.findings.filter((f) => !off.has(f.ruleId) && isOrderFinding(f)).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return (
    <section class="banner order-alerts" aria-labelledby="order-alerts-title" data-filing-type={type}>
      <h2 id="order-alerts-title">{t(lang, title)}</h2>
      {label}
      {form.filed?.recordNumber && <p class="record-number">{t(lang, 'filingType.record', { number: form.filed.recordNumber })}</p>}
      {findings.length === 0 ? (
        <p class="empty">{t(lang, 'filingType.none')}</p>
      ) : (
        <ul class="finding-list">
          {findingKeys(findings).map((key, index) => (
            <FindingCard key={key} finding={findings[index]!} lang={lang} actions={actions} />
          ))}
        </ul>
      )}
    </section>
  );
}
