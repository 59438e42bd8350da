/** The side panel's content for one tab's state: pure, driven by props (the wiring is in panel-app.tsx). */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Bilingual, Lang, RuleFamily } from '../../rules/engine/types';
import type { ProvinceCode } from '../../rules/model/provinces';
import { hasVideoCheckMail } from '../../rules/verification';
import { t } from '../i18n';
import type { PageReportReply, Settings, TabState } from '../messaging/protocol';
import { Checklist } from './checklist';
import { Coverage, type CoverageMatrix } from './coverage';
import { DomainProofSection, needsDomainProof } from './domain-proof';
import { FilingTypeSection } from './filing-type';
import { DisabledRules, FindingsSection, HealthBanner, UnknownSection } from './findings';
import { countBySeverity, ruleTitles, visibleMaterials } from './model';
import { PageReportSection } from './page-report';
import { PrintView } from './print-view';
import { preApprovalItems, PreApprovalSection } from './pre-approval';
import { Questions, type QuestionActions } from './questions';
import { Section } from './section-boundary';
import { SmsSection } from './sms';
import { localDate } from '../local-date';
import { VideoCheckSection } from './video-check';
import { Verdict, verdictCounts, waitingFor, type VerdictTarget } from './verdict';
import type { UiStringKey } from '../i18n';
import type { TaughtFields } from '../messaging/taught';
import { readFoldCount, ReadView, TaughtSettings, type ReadViewActions, type TaughtActions } from './read-view';

export interface PanelActions extends QuestionActions, ReadViewActions, TaughtActions {
  focusField(field: string): void;
  setLang(lang: Lang): void;
  setRuleEnabled(ruleId: string, enabled: boolean): void;
  /** Ticks (or unticks) a missing material as prepared, for this tab only. */
  setPrepared?(key: string, prepared: boolean): void;
  print(): void;
  /** Asks the tab for its page report (导出页面结构, page-report.tsx); absent: no such button. */
  reportPage?(): Promise<PageReportReply | undefined>;
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
  /** Keys of the missing materials the user ticked as prepared in this tab. */
  readonly prepared?: ReadonlySet<string>;
  /** Every console's taught fields (components/messaging/taught.ts), for the settings list. */
  readonly taught?: Readonly<Record<string, TaughtFields>>;
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

type FoldId =
  'findings' | 'read' | 'materials' | 'domain-proof' | 'pre-approval' | 'questions' | 'unknown' | 'sms' | 'video' | 'coverage' | 'disabled' | 'taught';

const FOLD_TITLE: Record<FoldId, UiStringKey> = {
  findings: 'findings.title',
  read: 'read.title',
  materials: 'materials.title',
  'domain-proof': 'domain.title',
  'pre-approval': 'preApproval.title',
  questions: 'questions.title',
  unknown: 'unknown.title',
  sms: 'sms.title',
  video: 'video.title',
  coverage: 'coverage.title',
  disabled: 'disabled.title',
  taught: 'taught.title',
};

/**
 * A section that opens and closes: its summary shows the section's name and count (the
 * section's own heading stays for assistive technology, hidden on screen by panel.css).
 */
function Fold(props: {
  id: FoldId;
  lang: Lang;
  count?: string | number;
  open: boolean;
  onToggle(id: FoldId, open: boolean): void;
  children: ComponentChildren;
}) {
  const { id, lang, count, open, onToggle, children } = props;
  return (
    <details class="fold" id={`fold-${id}`} data-fold={id} open={open} onToggle={(event) => onToggle(id, (event.currentTarget as HTMLDetailsElement).open)}>
      <summary class="fold-summary">
        <span class="fold-title">{t(lang, FOLD_TITLE[id])}</span>
        {count !== undefined && <span class="fold-count">{count}</span>}
      </summary>
      <div class="fold-body">{children}</div>
    </details>
  );
}

/** Scrolls a section's summary to just below the sticky verdict and focuses it. */
function jumpTo(id: FoldId): void {
  const summary = document.querySelector<HTMLElement>(`#fold-${id} > summary`);
  if (!summary) return;
  const verdict = document.querySelector<HTMLElement>('.verdict');
  const top = summary.getBoundingClientRect().top + (window.scrollY || 0) - (verdict?.offsetHeight ?? 0) - 8;
  if (typeof window.scrollTo === 'function') window.scrollTo({ top: Math.max(0, top) });
  summary.focus({ preventScroll: true });
}

export function PanelView({
  state,
  settings,
  coverage,
  nationalRules,
  ruleCatalog,
  catalogLoading,
  onCatalogWanted,
  actions,
  today,
  prepared,
  taught,
}: PanelViewProps) {
  const { lang, disabledRules } = settings;
  const [chosenProvince, setChosenProvince] = useState<ProvinceCode | undefined>(undefined);
  // Sections the user opened or closed; the others follow their defaults.
  const [toggled, setToggled] = useState<Partial<Record<FoldId, boolean>>>({});
  const [jump, setJump] = useState<{ id: FoldId } | undefined>(undefined);
  useEffect(() => {
    if (jump) jumpTo(jump.id);
  }, [jump]);
  const titles = new Map<string, Bilingual>([...(ruleCatalog ?? []), ...(state ? ruleTitles(state.result) : [])]);
  const province = chosenProvince ?? state?.form.province;

  const counts = state ? verdictCounts(state, disabledRules, prepared) : undefined;
  const defaults: Record<FoldId, boolean> = {
    findings: true,
    // Open when the page lacks a field the step should have (or shows one not understood).
    read: !!state && (state.health.missing.length > 0 || (state.health.unread?.length ?? 0) > 0),
    materials: true,
    'domain-proof': true,
    'pre-approval': true,
    questions: (counts?.questions ?? 0) > 0,
    unknown: false,
    sms: false,
    video: state?.form.declarations?.videoCheckRequested === true,
    coverage: false,
    disabled: false,
    taught: false,
  };
  const isOpen = (id: FoldId) => toggled[id] ?? defaults[id];
  // Every toggle is remembered, the ones a default caused too: a section that opened stays
  // open until the user closes it, rather than folding away under the user's hand when the
  // count that opened it drops (an answered question).
  const onToggle = (id: FoldId, open: boolean) => {
    if (toggled[id] !== open) setToggled((previous) => ({ ...previous, [id]: open }));
  };
  const fold = (id: FoldId, count: string | number | undefined, children: ComponentChildren) => (
    <Fold id={id} lang={lang} count={count} open={isOpen(id)} onToggle={onToggle}>
      {children}
    </Fold>
  );
  const onJump = (target: VerdictTarget | 'read') => {
    setToggled((previous) => ({ ...previous, [target]: true }));
    setJump({ id: target });
  };

  const severities = state ? countBySeverity(state.result.findings, disabledRules) : undefined;
  const materials = state ? visibleMaterials(state.result.materials, disabledRules, state.health.materialsElsewhere) : [];
  const unknownCount = state ? state.result.unknown.filter((entry) => !disabledRules.includes(entry.ruleId)).length : 0;
  const preApprovals = state ? preApprovalItems(state.form).length : 0;

  return (
    <div class="panel" lang={lang}>
      <header class="screen-only">
        <h1>{t(lang, 'app.title')}</h1>
        <LanguageSwitch lang={lang} onChange={actions.setLang} />
      </header>
      <main class="screen-only">
        {state === undefined && <p class="empty">{t(lang, 'app.loading')}</p>}
        {state === null && <p class="empty no-state">{t(lang, 'app.noState')}</p>}
        {state && counts && severities && (
          <>
            <Section lang={lang} resetKey={state}>
              <Verdict
                state={state}
                lang={lang}
                disabledRules={disabledRules}
                onJump={onJump}
                prepared={prepared}
                titles={titles}
                onUndo={(ruleId) => actions.setRuleEnabled(ruleId, true)}
              />
            </Section>
            <Section lang={lang} resetKey={state}>
              <HealthBanner health={state.health} lang={lang} onShowRead={() => onJump('read')} />
            </Section>
            <Section lang={lang} resetKey={state}>
              <FilingTypeSection form={state.form} result={state.result} lang={lang} disabledRules={disabledRules} actions={actions} />
            </Section>
            {fold(
              'findings',
              severities.error + severities.warning + severities.info,
              <Section lang={lang} resetKey={state}>
                <FindingsSection result={state.result} lang={lang} disabledRules={disabledRules} currentStep={state.step} actions={actions} />
              </Section>,
            )}
            {fold(
              'read',
              readFoldCount(state, lang),
              <Section lang={lang} resetKey={state}>
                <ReadView state={state} lang={lang} actions={actions} />
              </Section>,
            )}
            {fold(
              'materials',
              t(lang, 'fold.materialsCount', { missing: counts.materials, total: materials.length }),
              <Section lang={lang} resetKey={state}>
                <Checklist
                  result={state.result}
                  lang={lang}
                  disabledRules={disabledRules}
                  titles={titles}
                  materialsElsewhere={state.health.materialsElsewhere}
                  currentStep={state.step}
                  prepared={prepared}
                  onPrepared={actions.setPrepared}
                />
              </Section>,
            )}
            {needsDomainProof(state.result, disabledRules) &&
              fold(
                'domain-proof',
                undefined,
                <Section lang={lang} resetKey={state}>
                  <DomainProofSection form={state.form} result={state.result} lang={lang} disabledRules={disabledRules} />
                </Section>,
              )}
            {preApprovals > 0 &&
              fold(
                'pre-approval',
                preApprovals,
                <Section lang={lang} resetKey={state}>
                  <PreApprovalSection form={state.form} lang={lang} provider={state.provider} />
                </Section>,
              )}
            {fold(
              'questions',
              counts.questions > 0 ? t(lang, 'fold.questionsCount', { n: counts.questions }) : undefined,
              <Section lang={lang} resetKey={state}>
                <Questions form={state.form} lang={lang} provider={state.provider} actions={actions} waitingFor={waitingFor(state, disabledRules)} />
              </Section>,
            )}
            {unknownCount > 0 &&
              fold(
                'unknown',
                unknownCount,
                <Section lang={lang} resetKey={state}>
                  <UnknownSection result={state.result} lang={lang} disabledRules={disabledRules} />
                </Section>,
              )}
            {fold(
              'sms',
              undefined,
              <Section lang={lang} resetKey={state}>
                <SmsSection form={state.form} lang={lang} />
              </Section>,
            )}
            {hasVideoCheckMail(state.provider) &&
              fold(
                'video',
                undefined,
                <Section lang={lang} resetKey={state}>
                  <VideoCheckSection form={state.form} lang={lang} today={today ?? localDate()} provider={state.provider} actions={actions} />
                </Section>,
              )}
            <button type="button" class="print-button" onClick={actions.print}>
              {t(lang, 'print.button')}
            </button>
            {actions.reportPage && (
              <Section lang={lang} resetKey={state.console}>
                <PageReportSection lang={lang} request={actions.reportPage} />
              </Section>
            )}
          </>
        )}
        {fold(
          'coverage',
          undefined,
          <Section lang={lang} resetKey={province}>
            <Coverage
              matrix={coverage}
              national={nationalRules}
              province={province}
              lang={lang}
              onProvince={setChosenProvince}
              loading={catalogLoading}
              onWanted={onCatalogWanted}
            />
          </Section>,
        )}
        {disabledRules.length > 0 &&
          fold(
            'disabled',
            disabledRules.length,
            <Section lang={lang} resetKey={disabledRules}>
              <DisabledRules disabledRules={disabledRules} titles={titles} lang={lang} onEnable={(ruleId) => actions.setRuleEnabled(ruleId, true)} />
            </Section>,
          )}
        {fold(
          'taught',
          taught
            ? Object.values(taught).reduce((n, fields) => n + Object.values(fields).reduce((m, step) => m + Object.keys(step ?? {}).length, 0), 0) || undefined
            : undefined,
          <Section lang={lang} resetKey={taught}>
            <TaughtSettings taught={taught ?? {}} lang={lang} actions={actions} />
          </Section>,
        )}
        <p class="hint">{t(lang, 'app.localOnly')}</p>
      </main>
      {state && (
        <Section lang={lang} resetKey={state}>
          <PrintView result={state.result} lang={lang} disabledRules={disabledRules} titles={titles} form={state.form} prepared={prepared} />
        </Section>
      )}
      <footer class="disclaimer">{t(lang, 'footer.disclaimer')}</footer>
    </div>
  );
}
