/** Findings by step → field, the rules that could not decide, adapter health, switched-off rules. */
import type { AdapterHealth } from '../messaging/protocol';
import type { Finding, RunResult } from '../../rules/engine/run';
import type { Bilingual, Lang } from '../../rules/engine/types';
import { fieldLabel, type Step } from '../../rules/model/fields';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FindingDetails } from '../inline/finding-details';
import { fieldList, pick, t, type UiStringKey } from '../i18n';
import { findingKeys } from '../inline/finding-keys';
import { SeverityIcon } from '../inline/severity-icon';
import { countBySeverity, findingsPerRule, groupFindings, stepOf, stepRelation } from './model';

export interface FindingActions {
  focusField(field: string): void;
  setRuleEnabled(ruleId: string, enabled: boolean): void;
}

const SEVERITY_TAG: Record<Finding['severity'], UiStringKey> = { error: 'verdict.error', warning: 'verdict.warning', info: 'verdict.info' };

/**
 * One finding: severity as a shape and a word, the message, where its field is when that is
 * on another step of the wizard, a visible 定位 (locate) button and the details. The locate
 * button keeps the class `finding-main` that tests and callers know it by.
 */
export function FindingCard({
  finding,
  lang,
  actions,
  currentStep = 'unknown',
  ruleFindings = 1,
}: {
  finding: Finding;
  lang: Lang;
  actions: FindingActions;
  currentStep?: Step | 'unknown';
  /** How many shown findings the finding's rule has now: what switching it off hides. */
  ruleFindings?: number;
}) {
  const relation = stepRelation(finding.field, currentStep);
  return (
    <li class={`finding ${finding.severity}`} data-rule={finding.ruleId}>
      <p class="finding-head">
        <span aria-hidden="true">
          <SeverityIcon severity={finding.severity} lang={lang} />
        </span>{' '}
        <span class="sev-tag">{t(lang, SEVERITY_TAG[finding.severity])}</span> <span class="msg">{pick(finding.message, lang)}</span>
      </p>
      {relation && (
        <p class="step-note" data-relation={relation}>
          {t(lang, relation === 'earlier' ? 'finding.onEarlierStep' : 'finding.onLaterStep', { step: t(lang, `step.${stepOf(finding.field)}`) })}
        </p>
      )}
      <div class="finding-actions">
        <button
          type="button"
          class="finding-main locate"
          aria-label={t(lang, 'finding.locateLabel', { field: fieldLabel(finding.field, lang) })}
          title={t(lang, 'finding.focus')}
          onClick={() => actions.focusField(finding.field)}
        >
          <svg class="icon icon-locate" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
            <path fill="none" stroke="currentColor" stroke-width="1.6" d="M8 1v3M8 12v3M1 8h3M12 8h3M8 4.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z" />
          </svg>
          {t(lang, 'finding.locate')}
        </button>
        <details class="finding-details">
          <summary>{t(lang, 'finding.details')}</summary>
          <p class="rule-title">{pick(finding.title, lang)}</p>
          <FindingDetails finding={finding} lang={lang} />
          <SwitchOff finding={finding} lang={lang} ruleFindings={ruleFindings} onConfirm={() => actions.setRuleEnabled(finding.ruleId, false)} />
        </details>
      </div>
    </li>
  );
}

/**
 * 关闭此规则, asked once in place: the first press opens a confirmation naming the rule and
 * what disappears with it (its findings now shown); only 确认关闭 switches the rule off.
 */
function SwitchOff({ finding, lang, ruleFindings, onConfirm }: { finding: Finding; lang: Lang; ruleFindings: number; onConfirm(): void }) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // The pressed button goes away: focus moves to the safe choice, and back when it is taken.
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) ask.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button type="button" ref={ask} class="link-button disable-rule" onClick={() => setAsking(true)}>
        {t(lang, 'finding.disable')}
      </button>
    );
  const promptId = `switch-off-${finding.ruleId}-${finding.field}`.replace(/[^\w-]/g, '_');
  return (
    <div class="switch-off-confirm" role="group" aria-labelledby={promptId} data-rule={finding.ruleId}>
      <p id={promptId}>
        {t(lang, 'finding.disableAsk', { title: pick(finding.title, lang) })} {t(lang, 'finding.disableLoses', { n: ruleFindings })}
      </p>
      <button type="button" class="confirm-switch-off" onClick={onConfirm}>
        {t(lang, 'finding.disableConfirm')}
      </button>{' '}
      <button type="button" ref={cancel} class="cancel-switch-off" onClick={() => setAsking(false)}>
        {t(lang, 'finding.disableCancel')}
      </button>
    </div>
  );
}

export function FindingsSection(props: {
  result: RunResult;
  lang: Lang;
  disabledRules: readonly string[];
  currentStep: Step | 'unknown';
  actions: FindingActions;
}) {
  const { result, lang, disabledRules, currentStep, actions } = props;
  // The step on screen first, the others in wizard order.
  const groups = groupFindings(result.findings, disabledRules).sort((a, b) => Number(b.step === currentStep) - Number(a.step === currentStep));
  const counts = countBySeverity(result.findings, disabledRules);
  const perRule = findingsPerRule(result.findings, disabledRules);
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">{t(lang, 'findings.title')}</h2>
      <p class="summary">{t(lang, 'findings.summary', { errors: counts.error, warnings: counts.warning, infos: counts.info })}</p>
      {groups.length === 0 && <p class="empty">{t(lang, 'findings.none')}</p>}
      {groups.map((group) => (
        <section class="step" key={group.step} data-step={group.step}>
          <h3>
            {t(lang, `step.${group.step}`)}
            {group.step === currentStep && <span class="current"> {t(lang, 'findings.currentStep')}</span>}
          </h3>
          {group.fields.map((fieldGroup) => (
            <div class="field" key={fieldGroup.field} data-field={fieldGroup.field}>
              <h4>{fieldLabel(fieldGroup.field, lang)}</h4>
              <ul class="finding-list">
                {findingKeys(fieldGroup.findings).map((key, index) => (
                  <FindingCard
                    key={key}
                    finding={fieldGroup.findings[index]!}
                    lang={lang}
                    actions={actions}
                    currentStep={currentStep}
                    ruleFindings={perRule.get(fieldGroup.findings[index]!.ruleId) ?? 1}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

export function UnknownSection({ result, lang, disabledRules }: { result: RunResult; lang: Lang; disabledRules: readonly string[] }) {
  const off = new Set(disabledRules);
  const unknown = result.unknown.filter((entry) => !off.has(entry.ruleId));
  if (unknown.length === 0) return null;
  return (
    <section class="unknown" aria-labelledby="unknown-title">
      <h2 id="unknown-title">{t(lang, 'unknown.title')}</h2>
      <p>{t(lang, 'unknown.intro')}</p>
      <ul>
        {unknown.map((entry) => (
          <li key={entry.ruleId} data-rule={entry.ruleId}>
            <span class="rule-title">{pick(entry.title, lang)}</span>
            {entry.failed ? (
              <span class="missing failed"> — {t(lang, 'unknown.failed')}</span>
            ) : (
              <span class="missing"> — {t(lang, 'unknown.missing', { fields: fieldList(entry.missing, lang) })}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Adapter health: expected fields not found, option texts not recognised, controls not readable. */
export function HealthBanner({ health, lang, onShowRead }: { health: AdapterHealth; lang: Lang; onShowRead?: () => void }) {
  const unread = health.unread ?? [];
  const texts = unread.filter((entry) => entry.text !== undefined);
  const widgets = unread.filter((entry) => entry.widget !== undefined);
  if (health.missing.length === 0 && unread.length === 0) return null;
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const named = (entry: (typeof unread)[number]) => entry.label || fieldLabel(entry.field, lang);
  return (
    <div class="banner health" role="status">
      <strong>{t(lang, 'health.title')}</strong>
      {health.missing.length > 0 && <p>{t(lang, 'health.missing', { fields: fieldList(health.missing, lang) })}</p>}
      {texts.length > 0 && <p class="unrecognised">{t(lang, 'health.unrecognised', { values: texts.map((e) => `${named(e)}「${e.text}」`).join(sep) })}</p>}
      {widgets.length > 0 && <p class="unreadable">{t(lang, 'health.unreadable', { fields: widgets.map((e) => `${named(e)} (${e.widget})`).join(sep) })}</p>}
      {onShowRead && (
        <button type="button" class="link-button show-read" onClick={onShowRead}>
          {t(lang, 'health.showRead')}
        </button>
      )}
    </div>
  );
}

export function DisabledRules(props: { disabledRules: readonly string[]; titles: Map<string, Bilingual>; lang: Lang; onEnable(ruleId: string): void }) {
  const { disabledRules, titles, lang, onEnable } = props;
  if (disabledRules.length === 0) return null;
  return (
    <section class="disabled" aria-labelledby="disabled-title">
      <h2 id="disabled-title">{t(lang, 'disabled.title')}</h2>
      <ul>
        {disabledRules.map((ruleId) => {
          const title = titles.get(ruleId);
          return (
            <li key={ruleId} data-rule={ruleId}>
              <span>{title ? pick(title, lang) : ruleId}</span>{' '}
              <button type="button" class="link-button" onClick={() => onEnable(ruleId)}>
                {t(lang, 'disabled.enable')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
