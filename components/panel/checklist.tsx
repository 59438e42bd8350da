/** The materials checklist: every needed material, provided or missing, why (rule + sources) and how to get it. */
import type { RunResult } from '../../rules/engine/run';
import type { MaterialItem } from '../../rules/engine/result';
import type { Bilingual, Lang } from '../../rules/engine/types';
import { fieldLabel } from '../../rules/model/fields';
import { SourceLinks } from '../inline/finding-details';
import type { Step } from '../../rules/model/fields';
import { pick, t, type UiStringKey } from '../i18n';
import { visibleMaterials, type ShownMaterial } from './model';

/** `websites[0]` → 网站 1 / Website 1 (the item, not a field inside it). */
export function serviceLabel(path: string, lang: Lang): string {
  return fieldLabel(path, lang).split(' · ')[0]!;
}

/**
 * What the checklist calls an item: uploaded (provided), done in the app (elsewhere), ticked
 * by the user (prepared: 已准备, or 已完成 for a process), or still open: 待完成 for a process
 * (face check, SMS verification), 未上传 on the upload step, 待准备 before it (nothing can be
 * uploaded yet, so nothing is "not uploaded").
 */
export type ShownStatus = 'provided' | 'elsewhere' | 'prepared' | 'done' | 'to-do' | 'missing' | 'to-prepare';

export function shownStatus(item: ShownMaterial, currentStep: Step | 'unknown', prepared: ReadonlySet<string>): ShownStatus {
  if (item.status !== 'missing') return item.status;
  if (prepared.has(item.key)) return item.process ? 'done' : 'prepared';
  if (item.process) return 'to-do';
  return currentStep === 'upload' ? 'missing' : 'to-prepare';
}

const STATUS_TEXT: Record<ShownStatus, UiStringKey> = {
  provided: 'materials.provided',
  elsewhere: 'materials.elsewhere',
  prepared: 'materials.prepared',
  done: 'materials.done',
  'to-do': 'materials.toDo',
  missing: 'materials.missing',
  'to-prepare': 'materials.toPrepare',
};

const NO_PREPARED: ReadonlySet<string> = new Set();

/**
 * `materialsElsewhere`: the console has the materials uploaded in its app or by QR code
 * (AdapterHealth.materialsElsewhere); a material with no file counted on the page is then
 * done in the app and not readable here, never missing.
 *
 * `prepared`: keys of the missing items the user ticked (kept for the tab only, by the
 * wiring); `onPrepared` ticks or unticks one. Without it the items have no tick.
 */
export function Checklist(props: {
  result: RunResult;
  lang: Lang;
  disabledRules: readonly string[];
  titles: Map<string, Bilingual>;
  materialsElsewhere?: boolean;
  currentStep?: Step | 'unknown';
  prepared?: ReadonlySet<string>;
  onPrepared?(key: string, prepared: boolean): void;
}) {
  const { result, lang, disabledRules, titles, currentStep = 'unknown', prepared = NO_PREPARED, onPrepared } = props;
  const items = visibleMaterials(result.materials, disabledRules, props.materialsElsewhere);
  const missing = items.filter((item) => item.status === 'missing' && !prepared.has(item.key)).length;
  const elsewhere = items.filter((item) => item.status === 'elsewhere').length;
  const ticked = items.filter((item) => item.status === 'missing' && prepared.has(item.key)).length;
  return (
    <section class="materials" aria-labelledby="materials-title">
      <h2 id="materials-title">{t(lang, 'materials.title')}</h2>
      {items.length === 0 ? (
        <p class="empty">{t(lang, 'materials.none')}</p>
      ) : (
        <p class="summary">
          {elsewhere
            ? t(lang, 'materials.summaryElsewhere', { total: items.length, missing, elsewhere })
            : t(lang, 'materials.summary', { total: items.length, missing })}
          {ticked > 0 && t(lang, 'materials.summaryTicked', { n: ticked })}
        </p>
      )}
      {elsewhere > 0 && <p class="elsewhere-note">{t(lang, 'materials.elsewhereNote')}</p>}
      <ul class="material-list">
        {items.map((item) => {
          const shown = shownStatus(item, currentStep, prepared);
          const name = pick(item.name, lang);
          return (
            <li key={item.key} class={`material ${shown}`} data-material={item.key} data-status={item.status} data-shown={shown}>
              <div class="material-head">
                <span class={`status ${shown}`}>{t(lang, STATUS_TEXT[shown])}</span> <strong>{name}</strong>
                {item.for && <span class="for"> · {t(lang, 'materials.for', { service: serviceLabel(item.for, lang) })}</span>}
              </div>
              {item.conditional && <NeededIf reasons={item.reasons} lang={lang} />}
              {item.howTo && <p class="how-to">{t(lang, 'materials.howTo', { text: pick(item.howTo, lang) })}</p>}
              {(item.template || item.limits || item.signer) && (
                <ul class="material-facts">
                  {item.template && (
                    <li class="template">{t(lang, 'materials.template', { name: pick(item.template.name, lang), where: pick(item.template.where, lang) })}</li>
                  )}
                  {item.limits && <li class="limits">{t(lang, 'materials.limits', { text: pick(item.limits, lang) })}</li>}
                  {item.signer && <li class="signer">{t(lang, 'materials.signer', { text: pick(item.signer, lang) })}</li>}
                </ul>
              )}
              {item.status === 'missing' && onPrepared && (
                <label class="prepared-tick">
                  <input
                    type="checkbox"
                    checked={prepared.has(item.key)}
                    aria-label={t(lang, item.process ? 'materials.tickDoneLabel' : 'materials.tickPreparedLabel', { name })}
                    onChange={(event) => onPrepared(item.key, (event.currentTarget as HTMLInputElement).checked)}
                  />{' '}
                  {t(lang, item.process ? 'materials.tickDone' : 'materials.tickPrepared')}
                </label>
              )}
              <details>
                <summary>{t(lang, 'materials.why')}</summary>
                <ul class="reasons">
                  {item.reasons.map((reason) => {
                    const title = titles.get(reason.ruleId);
                    return (
                      <li key={`${reason.ruleId}|${reason.messageId}`}>
                        <span class="msg">{pick(reason.message, lang)}</span>
                        <span class="rule"> {t(lang, 'materials.rule', { rule: title ? pick(title, lang) : reason.ruleId })}</span>
                        <SourceLinks sources={reason.sources} lang={lang} />
                      </li>
                    );
                  })}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
      {onPrepared && items.some((item) => item.status === 'missing') && <p class="tick-note">{t(lang, 'materials.tickNote')}</p>}
    </section>
  );
}

const NEEDED_IF: Readonly<Record<Lang, { readonly lead: string; readonly or: string }>> = {
  'zh-CN': { lead: '需要，如果：', or: '或提供：' },
  en: { lead: 'Needed if: ', or: 'or instead: ' },
};

/** A conditional item (every reason a finding's): "needed if" each finding that implies it, with the field and any alternative. */
function NeededIf(props: { reasons: MaterialItem['reasons']; lang: Lang }) {
  const words = NEEDED_IF[props.lang];
  return (
    <ul class="needed-if">
      {props.reasons.map((reason, i) => (
        <li key={`${reason.ruleId}|${reason.finding?.field}|${i}`} data-rule={reason.ruleId} data-field={reason.finding?.field}>
          {words.lead}
          <span class="msg">{pick(reason.message, props.lang)}</span>
          {reason.finding && <span class="field"> ({fieldLabel(reason.finding.field, props.lang)})</span>}
          {reason.alternative && (
            <span class="alternative">
              {' '}
              {words.or}
              {pick(reason.alternative.name, props.lang)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
