/**
 * The verdict at the top of the panel, kept in view while the rest scrolls: how many
 * findings will get the filing rejected, may get it rejected, or are notes; how many
 * materials are missing, questions wait for an answer and rules are switched off (each
 * count a button to its section); and one line saying what to do now. Every count is read
 * from the tab's RunResult (the panel renders findings, never decides).
 */
import type { JSX } from 'preact';
import type { Bilingual, Lang, Severity } from '../../rules/engine/types';
import { PROVINCES } from '../../rules/model/provinces';
import type { Step } from '../../rules/model/fields';
import { smsRecipients } from '../../rules/verification';
import { pick, t, type UiStringKey } from '../i18n';
import type { TabState } from '../messaging/protocol';
import { countBySeverity, STEP_ORDER, toFix, visibleMaterials } from './model';
import { waitingQuestions } from './questions';

export type VerdictTarget = 'findings' | 'materials' | 'questions' | 'disabled';

export interface VerdictCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly materials: number;
  readonly questions: number;
  readonly disabled: number;
}

/** The fields the rules that could not decide are waiting for (switched-off rules left out). */
export function waitingFor(state: TabState, disabledRules: readonly string[]): string[] {
  const off = new Set(disabledRules);
  return state.result.unknown.filter((entry) => !off.has(entry.ruleId)).flatMap((entry) => entry.missing);
}

/** `prepared`: keys of the missing materials the user ticked as prepared (kept for the tab only); they are not counted as missing. */
export function verdictCounts(state: TabState, disabledRules: readonly string[], prepared: ReadonlySet<string> = NO_PREPARED): VerdictCounts {
  const severities = countBySeverity(state.result.findings, disabledRules);
  return {
    ...severities,
    materials: visibleMaterials(state.result.materials, disabledRules, state.health.materialsElsewhere).filter(
      (item) => item.status === 'missing' && !prepared.has(item.key),
    ).length,
    questions: waitingQuestions(state.form, state.provider, waitingFor(state, disabledRules)).length,
    disabled: disabledRules.length,
  };
}

const NO_PREPARED: ReadonlySet<string> = new Set();

type ChipKind = Severity | 'materials' | 'questions' | 'disabled';

/** Shapes, so that the kind does not rest on colour: circled ×, triangle, circled i, a page, a speech bubble, a struck circle. */
const SHAPES: Record<ChipKind, JSX.Element> = {
  error: (
    <path
      fill="currentColor"
      d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm2.8 8.6-1.2 1.2L8 9.2l-1.6 1.6-1.2-1.2L6.8 8 5.2 6.4l1.2-1.2L8 6.8l1.6-1.6 1.2 1.2L9.2 8z"
    />
  ),
  warning: <path fill="currentColor" d="M8 1.5 .8 14h14.4zm.8 10.5H7.2v-1.6h1.6zm0-2.8H7.2V5.6h1.6z" />,
  info: <path fill="currentColor" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm.8 11H7.2V7h1.6zm0-6.4H7.2V4h1.6z" />,
  materials: <path fill="none" stroke="currentColor" stroke-width="1.5" d="M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5.5 8h5M5.5 11h5" />,
  questions: (
    <path fill="none" stroke="currentColor" stroke-width="1.5" d="M1.5 2.5h13v8.5h-7l-3.5 3v-3H1.5zM6 5.2a2 2 0 1 1 2.6 1.9c-.4.2-.6.5-.6.9v.5M8 9.4v.1" />
  ),
  disabled: <path fill="none" stroke="currentColor" stroke-width="1.5" d="M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM3.4 3.4l9.2 9.2" />,
};

export function KindIcon({ kind }: { kind: ChipKind }) {
  return (
    <svg class={`icon icon-${kind}`} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {SHAPES[kind]}
    </svg>
  );
}

const CHIP_LABEL: Record<ChipKind, UiStringKey> = {
  error: 'verdict.error',
  warning: 'verdict.warning',
  info: 'verdict.info',
  materials: 'verdict.materials',
  questions: 'verdict.questions',
  disabled: 'verdict.disabled',
};

const CHIP_TARGET: Record<ChipKind, VerdictTarget> = {
  error: 'findings',
  warning: 'findings',
  info: 'findings',
  materials: 'materials',
  questions: 'questions',
  disabled: 'disabled',
};

function stepNames(steps: readonly Step[], lang: Lang): string {
  return steps.map((step) => `“${t(lang, `step.${step}`)}”`).join(lang === 'zh-CN' ? '、' : ', ');
}

/** The one line saying what to do now, when there is something found. */
export function nextStepText(state: TabState, disabledRules: readonly string[], lang: Lang): string {
  const fix = toFix(state.result.findings, state.step, disabledRules);
  const parts: string[] = [];
  const step = state.step === 'unknown' ? '' : t(lang, `step.${state.step}`);
  if (state.step === 'unknown') {
    if (fix.here > 0) parts.push(t(lang, 'next.fixAll', { n: fix.here }));
  } else if (fix.here > 0) parts.push(t(lang, 'next.fixHere', { n: fix.here, step }));
  else parts.push(t(lang, 'next.hereClear', { step }));
  if (fix.earlier > 0) parts.push(t(lang, 'next.fixEarlier', { n: fix.earlier, steps: stepNames(fix.earlierSteps, lang) }));
  if (fix.later > 0) parts.push(t(lang, 'next.fixLater', { n: fix.later, steps: stepNames(fix.laterSteps, lang) }));
  if (fix.here + fix.earlier + fix.later === 0) parts.push(t(lang, 'next.notesOnly'));
  else if (fix.here === 0 && fix.earlier === 0) parts.push(t(lang, 'next.continue'));
  return parts.join(lang === 'zh-CN' ? '' : ' ');
}

/** The zero state: what was checked and found fine, what could not be decided, what is left to do. */
function ZeroState({ state, counts, disabledRules, lang }: { state: TabState; counts: VerdictCounts; disabledRules: readonly string[]; lang: Lang }) {
  const off = new Set(disabledRules);
  const rules = new Set(state.result.passed.filter((entry) => !off.has(entry.ruleId)).map((entry) => entry.ruleId)).size;
  const province = PROVINCES.find((p) => p.code === state.form.province);
  const where = province ? t(lang, 'zero.province', { province: lang === 'zh-CN' ? province.zh : province.en }) : '';
  const current = state.step === 'unknown' || state.step === 'other' ? -1 : STEP_ORDER.indexOf(state.step);
  const steps = STEP_ORDER.slice(0, current + 1).filter((step) => step !== 'app' || (state.form.apps ?? []).length > 0 || state.step === 'app');
  const unknown = state.result.unknown.filter((entry) => !off.has(entry.ruleId)).length;
  const sms = smsRecipients(state.form);
  const left = [
    ...(counts.materials > 0 ? [t(lang, 'zero.materials', { n: counts.materials })] : []),
    ...(counts.questions > 0 ? [t(lang, 'zero.questions', { n: counts.questions })] : []),
    ...(sms.required !== false ? [t(lang, 'zero.sms')] : []),
  ];
  return (
    <div class="zero">
      <p class="zero-checked">
        <svg class="icon icon-ok" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-1.1 10.2L3.8 8.1l1.1-1.1 2 2 4.2-4.2 1.1 1.1z" />
        </svg>{' '}
        {steps.length > 0
          ? t(lang, 'zero.checked', { steps: stepNames(steps, lang), province: where, rules })
          : t(lang, 'zero.checkedRead', { province: where, rules })}
      </p>
      {unknown > 0 && <p class="zero-unknown">{t(lang, 'zero.unknown', { n: unknown })}</p>}
      {left.length > 0 && <p class="zero-left">{t(lang, 'zero.left', { items: left.join(lang === 'zh-CN' ? '；' : '; ') })}</p>}
    </div>
  );
}

export function Verdict(props: {
  state: TabState;
  lang: Lang;
  disabledRules: readonly string[];
  onJump(target: VerdictTarget): void;
  prepared?: ReadonlySet<string>;
  /** Rule titles, to name the rule an undo switches back on. */
  titles?: ReadonlyMap<string, Bilingual>;
  /** Switches a rule back on: the undo of the latest switch-off. */
  onUndo?(ruleId: string): void;
}) {
  const { state, lang, disabledRules, onJump, prepared, titles, onUndo } = props;
  const counts = verdictCounts(state, disabledRules, prepared);
  // Settings append a rule switched off: the last one is the latest.
  const latestOff = disabledRules.at(-1);
  const latestTitle = latestOff !== undefined ? titles?.get(latestOff) : undefined;
  const kinds: ChipKind[] = ['error', 'warning', 'info', 'materials', 'questions', ...(counts.disabled > 0 ? (['disabled'] as const) : [])];
  const zero = counts.error + counts.warning + counts.info === 0;
  return (
    <div class="verdict" role="status" aria-label={t(lang, 'verdict.label')}>
      {state.step !== 'unknown' && <p class="step-now">{t(lang, 'app.step', { step: t(lang, `step.${state.step}`) })}</p>}
      <ul class="chips">
        {kinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              class={`chip chip-${kind}${counts[kind] === 0 ? ' none' : ''}`}
              data-chip={kind}
              data-count={counts[kind]}
              onClick={() => onJump(CHIP_TARGET[kind])}
            >
              <KindIcon kind={kind} />
              <span class="chip-label">{t(lang, CHIP_LABEL[kind])}</span> <span class="chip-count">{counts[kind]}</span>
            </button>
          </li>
        ))}
      </ul>
      {latestOff !== undefined && (
        <p class="switched-off">
          <KindIcon kind="disabled" /> {t(lang, 'verdict.disabledLine', { n: counts.disabled })}
          {onUndo && (
            <>
              {' '}
              <button
                type="button"
                class="link-button undo-switch-off"
                data-rule={latestOff}
                aria-label={t(lang, 'verdict.undoLabel', { title: latestTitle ? pick(latestTitle, lang) : latestOff })}
                onClick={() => onUndo(latestOff)}
              >
                {t(lang, 'verdict.undo')}
              </button>
            </>
          )}
        </p>
      )}
      {zero ? (
        <ZeroState state={state} counts={counts} disabledRules={disabledRules} lang={lang} />
      ) : (
        <p class="next">
          <strong>{t(lang, 'next.label')}</strong>
          {nextStepText(state, disabledRules, lang)}
        </p>
      )}
    </div>
  );
}
