/** The side panel's content for one tab's state: pure, driven by props (the wiring is in panel-app.tsx). */
import { useState } from 'preact/hooks';
import type { Bilingual, Lang, RuleFamily } from '../../rules/engine/types';
import type { ProvinceCode } from '../../rules/model/provinces';
import { hasVideoCheckMail } from '../../rules/verification';
import { t } from '../i18n';
import type { Settings, TabState } from '../messaging/protocol';
import { Checklist } from './checklist';
import { Coverage, type CoverageMatrix } from './coverage';
import { DomainProofSection } from './domain-proof';
import { FilingTypeSection } from './filing-type';
import { DisabledRules, FindingsSection, HealthBanner, UnknownSection } from './findings';
import { ruleTitles } from './model';
import { PrintView } from './print-view';
import { PreApprovalSection } from './pre-approval';
import { Questions, type QuestionActions } from './questions';
import { Section } from './section-boundary';
import { SmsSection } from './sms';
import { localDate } from '../local-date';
import { VideoCheckSection } from './video-check';

export interface PanelActions extends QuestionActions {
  focusField(field: string): void;
  setLang(lang: Lang): void;
  setRuleEnabled(ruleId: string, enabled: boolean): void;
  print(): void;
}

export interface PanelViewProps {
  /** undefined while loading, null when the tab has no filing console. */
  readonly state: TabState | null | undefined;
  readonly settings: Settings;
  readonly coverage?: CoverageMatrix;
  /** National rules per family, shown beside the province's own rules. */
  readonly nationalRules?: Partial<Record<RuleFamily, number>>;
  /** Titles of every bundled rule, for rules absent from the result (switched off). */
  readonly ruleCatalog?: ReadonlyMap<string, Bilingual>;
  /** The rule catalogue (coverage, titles) is on its way; `onCatalogWanted` asks for it when the coverage comes near the screen. */
  readonly catalogLoading?: boolean;
  readonly onCatalogWanted?: () => void;
  readonly actions: PanelActions;
  /** YYYY-MM-DD, to flag a video-check date already past; the user's local date when absent. */
  readonly today?: string;
}

function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  return (
    <div class="lang-switch" role="group" aria-label={t(lang, 'lang.label')}>
      {(['zh-CN', 'en'] as const).map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={option === lang ? 'true' : 'false'} onClick={() => option !== lang && onChange(option)}>
          {t(option, `lang.${option}`)}
        </button>
      ))}
    </div>
  );
}

export function PanelView({ state, settings, coverage, nationalRules, ruleCatalog, catalogLoading, onCatalogWanted, actions, today }: PanelViewProps) {
  const { lang, disabledRules } = settings;
  const [chosenProvince, setChosenProvince] = useState<ProvinceCode | undefined>(undefined);
  const titles = new Map<string, Bilingual>([...(ruleCatalog ?? []), ...(state ? ruleTitles(state.result) : [])]);
  const province = chosenProvince ?? state?.form.province;

  return (
    <div class="panel" lang={lang}>
      <header class="screen-only">
        <h1>{t(lang, 'app.title')}</h1>
        <LanguageSwitch lang={lang} onChange={actions.setLang} />
      </header>
      <main class="screen-only">
        {state === undefined && <p class="empty">{t(lang, 'app.loading')}</p>}
        {state === null && <p class="empty no-state">{t(lang, 'app.noState')}</p>}
        {state && (
          <>
            <Section lang={lang} resetKey={state}>
              <HealthBanner health={state.health} lang={lang} />
            </Section>
            {state.step !== 'unknown' && <p class="step-now">{t(lang, 'app.step', { step: t(lang, `step.${state.step}`) })}</p>}
            <Section lang={lang} resetKey={state}>
              <FilingTypeSection form={state.form} result={state.result} lang={lang} disabledRules={disabledRules} actions={actions} />
            </Section>
            <Section lang={lang} resetKey={state}>
              <FindingsSection result={state.result} lang={lang} disabledRules={disabledRules} currentStep={state.step} actions={actions} />
            </Section>
            <Section lang={lang} resetKey={state}>
              <UnknownSection result={state.result} lang={lang} disabledRules={disabledRules} />
            </Section>
            <Section lang={lang} resetKey={state}>
              <Checklist result={state.result} lang={lang} disabledRules={disabledRules} titles={titles} materialsElsewhere={state.health.materialsElsewhere} />
            </Section>
            <Section lang={lang} resetKey={state}>
              <DomainProofSection form={state.form} result={state.result} lang={lang} disabledRules={disabledRules} />
            </Section>
            <Section lang={lang} resetKey={state}>
              <PreApprovalSection form={state.form} lang={lang} provider={state.provider} />
            </Section>
            <Section lang={lang} resetKey={state}>
              <SmsSection form={state.form} lang={lang} />
            </Section>
            {hasVideoCheckMail(state.provider) && (
              <Section lang={lang} resetKey={state}>
                <VideoCheckSection form={state.form} lang={lang} today={today ?? localDate()} provider={state.provider} actions={actions} />
              </Section>
            )}
            <button type="button" class="print-button" onClick={actions.print}>
              {t(lang, 'print.button')}
            </button>
            <Section lang={lang} resetKey={state}>
              <Questions
                form={state.form}
                lang={lang}
                provider={state.provider}
                actions={actions}
                waitingFor={state.result.unknown.filter((entry) => !disabledRules.includes(entry.ruleId)).flatMap((entry) => entry.missing)}
              />
            </Section>
          </>
        )}
        <Section lang={lang} resetKey={province}>
          <Coverage matrix={coverage} national={nationalRules} province={province} lang={lang} onProvince={setChosenProvince} loading={catalogLoading} onWanted={onCatalogWanted} />
        </Section>
        <Section lang={lang} resetKey={disabledRules}>
          <DisabledRules disabledRules={disabledRules} titles={titles} lang={lang} onEnable={(ruleId) => actions.setRuleEnabled(ruleId, true)} />
        </Section>
        <p class="hint">{t(lang, 'app.localOnly')}</p>
      </main>
      {state && (
        <Section lang={lang} resetKey={state}>
          <PrintView result={state.result} lang={lang} disabledRules={disabledRules} titles={titles} form={state.form} />
        </Section>
      )}
      <footer class="disclaimer">{t(lang, 'footer.disclaimer')}</footer>
    </div>
  );
}
