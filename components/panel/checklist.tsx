/** The materials checklist: every needed material, provided or missing, why (rule + sources) and how to get it. */
import type { RunResult } from '../../rules/engine/run';
import type { MaterialItem } from '../../rules/engine/result';
import type { Bilingual, Lang } from '../../rules/engine/types';
import { fieldLabel } from '../../rules/model/fields';
import { SourceLinks } from '../inline/finding-details';
import { pick, t } from '../i18n';
import { visibleMaterials } from './model';

/** `websites[0]` → 网站 1 / Website 1 (the item, not a field inside it). */
export function serviceLabel(path: string, lang: Lang): string {
  return fieldLabel(path, lang).split(' · ')[0]!;
}

const STATUS_TEXT = { provided: 'materials.provided', missing: 'materials.missing', elsewhere: 'materials.elsewhere' } as const;

/**
 * `materialsElsewhere`: the console has the materials uploaded in its app or by QR code
 * (AdapterHealth.materialsElsewhere); a material with no file counted on the page is then
 * done in the app and not readable here, never missing.
 */
export function Checklist(props: {
  result: RunResult;
  lang: Lang;
  disabledRules: readonly string[];
  titles: Map<string, Bilingual>;
  materialsElsewhere?: boolean;
}) {
  const { result, lang, disabledRules, titles } = props;
  const items = visibleMaterials(result.materials, disabledRules, props.materialsElsewhere);
  const missing = items.filter((item) => item.status === 'missing').length;
  const elsewhere = items.filter((item) => item.status === 'elsewhere').length;
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
        </p>
      )}
      {elsewhere > 0 && <p class="elsewhere-note">{t(lang, 'materials.elsewhereNote')}</p>}
      <ul class="material-list">
        {items.map((item) => (
          <li key={item.key} class={`material ${item.status}`} data-material={item.key} data-status={item.status}>
            <div class="material-head">
              <span class={`status ${item.status}`}>{t(lang, STATUS_TEXT[item.status])}</span> <strong>{pick(item.name, lang)}</strong>
              {item.for && <span class="for"> · {t(lang, 'materials.for', { service: serviceLabel(item.for, lang) })}</span>}
            </div>
            {item.conditional && <NeededIf reasons={item.reasons} lang={lang} />}
            {item.howTo && <p class="how-to">{t(lang, 'materials.howTo', { text: pick(item.howTo, lang) })}</p>}
            <details>
              <summary>{t(lang, 'materials.why')}</summary>
              <ul class="reasons">
                {item.reasons.map((reason) => {
                  const title = titles.get(reason.ruleId);
                  return (
                    <li key={`${reason.ruleId}|${reason.messageId}`}>
                      <span class="msg">{pick(reason.message, lang)}</span>
                      <span class="rule"> {t(lang, 'materials.rule', { rule: title ? pick(title, lang) : reason.ruleId })}</span>
                      <SourceLinks sources={reason.sources} />
                    </li>
                  );
                })}
              </ul>
            </details>
          </li>
        ))}
      </ul>
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
