/**
 * Questions the console does not ask but rules need (FilingForm.declarations and the
 * principals' is-legal-representative flag). Answers go to the content script, which
 * merges them into the form it reads and re-runs the rules; nothing is persisted here.
 */
import type { FilingForm } from '../../rules/model/filing-form';
import type { Lang } from '../../rules/engine/types';
import { fieldLabel } from '../../rules/model/fields';
import { DEFAULT_PROVIDER, PROVIDERS, type ProviderId } from '../../rules/model/providers';
import { CHANGE_FILING_TYPES } from '../../rules/model/vocabulary';
import { hasVideoCheckMail } from '../../rules/verification';
import { t, type UiStringKey } from '../i18n';

export type Declarations = NonNullable<FilingForm['declarations']>;
type ResidenceProof = NonNullable<Declarations['residenceProof']>;

export const RESIDENCE_PROOFS: readonly ResidenceProof[] = [
  'residence-permit',
  'temporary-residence-permit',
  'hk-mo-tw-residence-permit',
  'student-card',
  'property-certificate',
  'social-insurance',
  'employment-proof',
  'none',
];

type BooleanDeclaration =
  'nationalLevelUnit' | 'soleProprietor' | 'hasTradeName' | 'hasSeal' | 'mobilesLocal' | 'videoCheckRequested' | 'registrarApproved' | 'ipsProviderMainland';

export interface QuestionActions {
  setDeclarations(declarations: Declarations): void;
  setPrincipalFlag(field: string, isLegalRepresentative: boolean): void;
}

/** Marks a question a rule is waiting for (its field is among the "unknown" rules' missing inputs). */
function Needed({ needed, lang }: { needed: boolean; lang: Lang }) {
  return needed ? <span class="needed"> {t(lang, 'questions.needed')}</span> : null;
}

function YesNo(props: {
  id: string;
  label: string;
  value: boolean | undefined;
  lang: Lang;
  allowUnset: boolean;
  needed: boolean;
  onChange(value: boolean | undefined): void;
}) {
  const { id, label, value, lang, allowUnset, needed, onChange } = props;
  return (
    <div class={needed ? 'question needed' : 'question'}>
      <label for={id}>
        {label}
        <Needed needed={needed} lang={lang} />
      </label>
      <select
        id={id}
        value={value === undefined ? '' : value ? 'yes' : 'no'}
        onChange={(event) => {
          const v = (event.currentTarget as HTMLSelectElement).value;
          onChange(v === '' ? undefined : v === 'yes');
        }}
      >
        <option value="" disabled={!allowUnset && value !== undefined}>
          {t(lang, 'questions.unset')}
        </option>
        <option value="yes">{t(lang, 'questions.yes')}</option>
        <option value="no">{t(lang, 'questions.no')}</option>
      </select>
    </div>
  );
}

/** Subject fields a change order may edit (province, nature, certificate type and number cannot change). */
const CHANGEABLE_SUBJECT_FIELDS = ['subject.name', 'subject.certAddress', 'subject.mailingAddress', 'subject.investor', 'subject.principal'] as const;

export interface ChangeOption {
  /** The field id stored in `declarations.changedFields`. */
  readonly field: string;
  readonly label: string;
}

/**
 * What a change order may have edited, for `declarations.changedFields`: the subject's
 * editable fields (not in 变更网站), and each website and app with its principal (not in
 * 变更主体). rules/national/_filed.ts reads `subject.*`, `websites[i]…` and `apps[i]…`
 * prefixes: with any box ticked, what is not ticked counts as unchanged.
 */
export function changeOptions(form: FilingForm, lang: Lang): ChangeOption[] {
  const type = form.filingType;
  const out: ChangeOption[] = [];
  if (type !== 'change-service') for (const field of CHANGEABLE_SUBJECT_FIELDS) out.push({ field, label: fieldLabel(field, lang) });
  if (type !== 'change-subject') {
    (form.websites ?? []).forEach((_, i) => {
      out.push({ field: `websites[${i}]`, label: t(lang, 'questions.changed.website', { n: i + 1 }) });
      out.push({ field: `websites[${i}].principal`, label: fieldLabel(`websites[${i}].principal`, lang) });
    });
    (form.apps ?? []).forEach((_, i) => {
      out.push({ field: `apps[${i}]`, label: t(lang, 'questions.changed.app', { n: i + 1 }) });
      out.push({ field: `apps[${i}].principal`, label: fieldLabel(`apps[${i}].principal`, lang) });
    });
  }
  return out;
}

/** `changedFields` with `field` ticked or unticked; ids the panel does not offer are kept; none left = not answered. */
export function toggleChanged(current: readonly string[] | undefined, field: string, ticked: boolean): string[] | undefined {
  const rest = (current ?? []).filter((f) => f !== field);
  const next = ticked ? [...rest, field] : rest;
  return next.length ? next : undefined;
}

function ChangedFields(props: {
  form: FilingForm;
  lang: Lang;
  value: readonly string[] | undefined;
  needed: boolean;
  onChange(value: string[] | undefined): void;
}) {
  const { form, lang, value, needed, onChange } = props;
  const options = changeOptions(form, lang);
  if (options.length === 0) return null;
  const ticked = new Set(value ?? []);
  return (
    <fieldset class={needed ? 'question changed-fields needed' : 'question changed-fields'}>
      <legend>
        {t(lang, 'questions.changedFields')}
        <Needed needed={needed} lang={lang} />
      </legend>
      <p class="hint">{t(lang, 'questions.changedFieldsHint')}</p>
      {options.map((option, i) => (
        <label key={option.field} class="check" data-field={option.field}>
          <input
            type="checkbox"
            id={`q-changed-${i}`}
            checked={ticked.has(option.field)}
            onChange={(event) => onChange(toggleChanged(value, option.field, (event.currentTarget as HTMLInputElement).checked))}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A copy of `declarations` with `key` set, or removed when `value` is undefined. */
function withDeclaration<K extends keyof Declarations>(declarations: Declarations, key: K, value: Declarations[K] | undefined): Declarations {
  const next: Record<string, unknown> = { ...declarations };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as Declarations;
}

/** Which questions the panel shows for this form, and the input fields they answer. */
export function questionPlan(form: FilingForm, provider: ProviderId, waiting: ReadonlySet<string>) {
  const declarations: Declarations = form.declarations ?? {};
  const nature = form.subject?.nature;
  const isUnit = nature !== 'individual';
  const isPerson = nature === undefined || nature === 'individual';
  const principals: { field: string; index?: number; value: boolean | undefined }[] = [];
  if (isUnit) {
    principals.push({ field: 'subject.principal', value: form.subject?.principal?.isLegalRepresentative });
    (form.websites ?? []).forEach((site, index) => {
      if (site.principal?.sameAsSubjectPrincipal === true) return;
      principals.push({ field: `websites[${index}].principal`, index, value: site.principal?.isLegalRepresentative });
    });
  }
  // Shown when they matter for this kind of subject, or when a rule is waiting for the answer.
  const booleans: [BooleanDeclaration, UiStringKey, boolean][] = [
    ['nationalLevelUnit', 'questions.nationalLevelUnit', isUnit],
    ['soleProprietor', 'questions.soleProprietor', nature === undefined || nature === 'enterprise'],
    ['hasTradeName', 'questions.hasTradeName', declarations.soleProprietor === true],
    ['hasSeal', 'questions.hasSeal', isUnit],
    ['mobilesLocal', 'questions.mobilesLocal', false],
    ['videoCheckRequested', 'questions.videoCheckRequested', false],
    // Asked while a rule waits for it (orders that file domains); once answered it stays, so a "no" can be revised after a transfer.
    ['registrarApproved', 'questions.registrarApproved', declarations.registrarApproved !== undefined],
    ['ipsProviderMainland', 'questions.ipsProviderMainland', declarations.ipsProviderMainland !== undefined],
  ];
  // The video check is asked about only where the provider has one (hasVideoCheckMail).
  const shownBooleans = booleans.filter(
    ([key, , relevant]) => (relevant || waiting.has(`declarations.${key}`)) && (key !== 'videoCheckRequested' || hasVideoCheckMail(provider)),
  );
  const showResidence = isPerson || waiting.has('declarations.residenceProof');
  const isChange = form.filingType !== undefined && CHANGE_FILING_TYPES.includes(form.filingType);
  const showChanged = isChange || waiting.has('declarations.changedFields');
  const fields = [
    ...(showChanged ? ['declarations.changedFields'] : []),
    ...principals.map((p) => `${p.field}.isLegalRepresentative`),
    ...shownBooleans.map(([key]) => `declarations.${key}`),
    ...(showResidence ? ['declarations.residenceProof'] : []),
    'declarations.filedServiceCount',
  ];
  return { declarations, principals, shownBooleans, showResidence, showChanged, fields };
}

/** The questions on the panel that a rule is waiting for (their input is among the unknown rules' missing fields). */
export function waitingQuestions(form: FilingForm, provider: ProviderId, waitingFor: readonly string[]): string[] {
  const waiting = new Set(waitingFor);
  return questionPlan(form, provider, waiting).fields.filter((field) => waiting.has(field));
}

export function Questions(props: { form: FilingForm; lang: Lang; actions: QuestionActions; waitingFor?: readonly string[]; provider?: ProviderId }) {
  const { form, lang, actions } = props;
  const provider = props.provider ?? DEFAULT_PROVIDER;
  const waiting = new Set(props.waitingFor ?? []);
  const plan = questionPlan(form, provider, waiting);
  const { declarations, shownBooleans, showResidence, showChanged } = plan;
  const set = <K extends keyof Declarations>(key: K, value: Declarations[K] | undefined) => actions.setDeclarations(withDeclaration(declarations, key, value));
  const principals = plan.principals.map((p) => ({
    ...p,
    owner: p.index === undefined ? t(lang, 'questions.owner.subject') : t(lang, 'questions.owner.website', { n: p.index + 1 }),
  }));

  return (
    <section class="questions" aria-labelledby="questions-title">
      <h2 id="questions-title">{t(lang, 'questions.title')}</h2>
      <p class="hint">{t(lang, 'questions.intro')}</p>
      {showChanged && (
        <ChangedFields
          form={form}
          lang={lang}
          value={declarations.changedFields}
          needed={waiting.has('declarations.changedFields')}
          onChange={(value) => set('changedFields', value)}
        />
      )}
      {principals.map((p) => (
        <YesNo
          key={p.field}
          id={`q-legal-${p.field}`}
          label={t(lang, 'questions.legalRep', { owner: p.owner })}
          value={p.value}
          lang={lang}
          allowUnset={false}
          needed={waiting.has(`${p.field}.isLegalRepresentative`)}
          onChange={(value) => value !== undefined && actions.setPrincipalFlag(p.field, value)}
        />
      ))}
      {shownBooleans.map(([key, label]) => (
        <YesNo
          key={key}
          id={`q-${key}`}
          label={t(lang, label, { provider: PROVIDERS[provider].name[lang] })}
          value={declarations[key]}
          lang={lang}
          allowUnset
          needed={waiting.has(`declarations.${key}`)}
          onChange={(value) => set(key, value)}
        />
      ))}
      {showResidence && (
        <>
          <div class="question">
            <label for="q-residenceProof">
              {t(lang, 'questions.residenceProof')}
              <Needed needed={waiting.has('declarations.residenceProof')} lang={lang} />
            </label>
            <select
              id="q-residenceProof"
              value={declarations.residenceProof ?? ''}
              onChange={(event) => set('residenceProof', ((event.currentTarget as HTMLSelectElement).value || undefined) as ResidenceProof | undefined)}
            >
              <option value="">{t(lang, 'questions.unset')}</option>
              {RESIDENCE_PROOFS.map((proof) => (
                <option key={proof} value={proof}>
                  {t(lang, `residence.${proof}`)}
                </option>
              ))}
            </select>
          </div>
          {declarations.residenceProof && declarations.residenceProof !== 'none' && (
            <div class="question">
              <label for="q-residenceProofValidTo">{t(lang, 'questions.residenceProofValidTo')}</label>
              <input
                id="q-residenceProofValidTo"
                type="date"
                value={declarations.residenceProofValidTo ?? ''}
                onChange={(event) => set('residenceProofValidTo', (event.currentTarget as HTMLInputElement).value || undefined)}
              />
            </div>
          )}
        </>
      )}
      <div class="question">
        <label for="q-filedServiceCount">
          {t(lang, 'questions.filedServiceCount')}
          <Needed needed={waiting.has('declarations.filedServiceCount')} lang={lang} />
        </label>
        <input
          id="q-filedServiceCount"
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          value={declarations.filedServiceCount ?? ''}
          onChange={(event) => {
            const raw = (event.currentTarget as HTMLInputElement).value.trim();
            const n = Number(raw);
            set('filedServiceCount', raw === '' || !Number.isInteger(n) || n < 0 ? undefined : n);
          }}
        />
      </div>
    </section>
  );
}
