/**
 * Taught fields: where the user showed the extension a field its console adapter did not
 * find (the side panel's 「在页面上指定」). Kept in `storage.local` per console, key
 * `taught:<consoleId>` → { [step]: { [fieldId]: TaughtLocator } }, and exported or imported
 * as a small JSON file from the side panel.
 *
 * A locator says how to find a control again: the label text beside it and a short
 * structural path (tag names and stable classes). It never holds what the control shows or
 * what was typed into it. Everything read back (storage, an imported file) is validated here
 * with bounded sizes: a damaged or hostile entry is dropped, never trusted.
 */

/** The most path segments a locator keeps (control first, then its ancestors). */
export const MAX_PATH_SEGMENTS = 6;
/** The longest label text and path segment kept. */
export const MAX_LABEL_CHARS = 40;
export const MAX_SEGMENT_CHARS = 80;
/** The most taught fields per step, and steps per console. */
export const MAX_FIELDS_PER_STEP = 40;
const STEPS = ['verify', 'subject', 'website', 'app', 'upload', 'other'] as const;
export type TaughtStep = (typeof STEPS)[number];

/**
 * A field id as the adapters write it (`subject.principal.mobile`, `websites[0].domains`,
 * `materials.subject-certificate`): a known top-level name, then names that start with a
 * letter (never `constructor` or `__proto__` alone) and item indexes.
 */
const FIELD_ID = /^(?:province|filingType|(?:subject|resource|websites|apps|filed|materials)(?:\.[A-Za-z][\w-]{0,40}|\[\d{1,2}\]){1,4})$/;
/** `input.tiny-input__inner`: a tag name and at most a few class names, nothing else. */
export const SEGMENT = /^[a-z][a-z0-9-]{0,39}(?:\.[A-Za-z_][\w-]{0,39}){0,4}$/;

/** Where a taught field's control is. */
export interface TaughtLocator {
  /** The normalised label text next to the control (its form item's label, else the text before it); '' when none. */
  readonly label: string;
  /** The control and its nearest ancestors, control first: `tag.class.class`. */
  readonly path: readonly string[];
}

/**
 * Whether `value` is a TaughtLocator within the bounds, and nothing else (no other key: a
 * locator never carries a value). Hand-written, not zod: the content script checks what it
 * reads from storage with it, and zod would cost it a sixth of its size budget; the side panel
 * checks storage and imported files with the zod schema (taught-file.ts), and a test holds the
 * two to the same answers.
 */
export function isTaughtLocator(value: unknown): value is TaughtLocator {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { label, path, ...rest } = value as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    typeof label === 'string' &&
    label.length <= MAX_LABEL_CHARS &&
    Array.isArray(path) &&
    path.length >= 1 &&
    path.length <= MAX_PATH_SEGMENTS &&
    path.every((segment) => typeof segment === 'string' && segment.length <= MAX_SEGMENT_CHARS && SEGMENT.test(segment))
  );
}

/** One console's taught fields: step → field id → locator. */
export type TaughtFields = Readonly<Partial<Record<TaughtStep, Readonly<Record<string, TaughtLocator>>>>>;

export const TAUGHT_KEY_PREFIX = 'taught:';
export const taughtKey = (consoleId: string) => `${TAUGHT_KEY_PREFIX}${consoleId}`;

const isStep = (step: string): step is TaughtStep => (STEPS as readonly string[]).includes(step);

/**
 * The taught fields in `value`, whatever it holds: steps and field ids the grammar allows,
 * locators the schema accepts, at most MAX_FIELDS_PER_STEP per step; everything else dropped.
 * Own properties only (`__proto__` is no step).
 */
export function sanitizeTaught(value: unknown, accepts: (locator: unknown) => boolean = isTaughtLocator): TaughtFields {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Partial<Record<TaughtStep, Record<string, TaughtLocator>>> = {};
  for (const step of Object.keys(value)) {
    if (!isStep(step)) continue;
    const fields = (value as Record<string, unknown>)[step];
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) continue;
    const kept: Record<string, TaughtLocator> = {};
    for (const field of Object.keys(fields).slice(0, MAX_FIELDS_PER_STEP)) {
      if (!FIELD_ID.test(field)) continue;
      const locator = (fields as Record<string, unknown>)[field];
      if (accepts(locator) && isTaughtLocator(locator)) kept[field] = { label: locator.label, path: [...locator.path] };
    }
    if (Object.keys(kept).length) out[step] = kept;
  }
  return out;
}

/** `fields` with `field` of `step` set to `locator` (or removed when `locator` is undefined). */
export function withTaught(fields: TaughtFields, step: TaughtStep, field: string, locator: TaughtLocator | undefined): TaughtFields {
  const stepFields = { ...(fields[step] ?? {}) };
  if (locator) stepFields[field] = locator;
  else delete stepFields[field];
  const out = { ...fields, [step]: stepFields };
  if (Object.keys(stepFields).length === 0) delete out[step];
  return out;
}

/** Every taught field as a flat list, for the panel's settings. */
export function taughtEntries(fields: TaughtFields): { step: TaughtStep; field: string; locator: TaughtLocator }[] {
  return STEPS.flatMap((step) => Object.entries(fields[step] ?? {}).map(([field, locator]) => ({ step, field, locator })));
}
