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
import * as z from 'zod/mini';

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
const SEGMENT = /^[a-z][a-z0-9-]{0,39}(?:\.[A-Za-z_-][\w-]{0,39}){0,4}$/;

export const taughtLocatorSchema = z.object({
  /** The normalised label text next to the control (its form item's label, else the text before it); '' when none. */
  label: z.string().check(z.maxLength(MAX_LABEL_CHARS)),
  /** The control and its nearest ancestors, control first: `tag.class.class`. */
  path: z.array(z.string().check(z.maxLength(MAX_SEGMENT_CHARS), z.regex(SEGMENT))).check(z.minLength(1), z.maxLength(MAX_PATH_SEGMENTS)),
});
export type TaughtLocator = z.infer<typeof taughtLocatorSchema>;

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
export function sanitizeTaught(value: unknown): TaughtFields {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Partial<Record<TaughtStep, Record<string, TaughtLocator>>> = {};
  for (const step of Object.keys(value)) {
    if (!isStep(step)) continue;
    const fields = (value as Record<string, unknown>)[step];
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) continue;
    const kept: Record<string, TaughtLocator> = {};
    for (const field of Object.keys(fields).slice(0, MAX_FIELDS_PER_STEP)) {
      if (!FIELD_ID.test(field)) continue;
      const parsed = taughtLocatorSchema.safeParse((fields as Record<string, unknown>)[field]);
      if (parsed.success) kept[field] = { label: parsed.data.label, path: [...parsed.data.path] };
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

/** What the panel exports: every console's taught fields, versioned. */
export const TAUGHT_FILE_FORMAT = 'beian-precheck-taught-fields';
const fileSchema = z.object({
  format: z.literal(TAUGHT_FILE_FORMAT),
  version: z.literal(1),
  consoles: z.record(z.string().check(z.regex(/^[a-z]{2,20}$/)), z.unknown()),
});
/** The largest import file accepted (a file of 40 fields on every step of three consoles is well under this). */
export const MAX_TAUGHT_FILE_BYTES = 256 * 1024;

export function taughtFile(byConsole: Readonly<Record<string, TaughtFields>>): string {
  return JSON.stringify({ format: TAUGHT_FILE_FORMAT, version: 1, consoles: byConsole }, null, 2);
}

/**
 * The taught fields of an imported file, per console id in `consoleIds`, or undefined when the
 * file is not one of ours (too large, not JSON, another format or version, nothing usable).
 */
export function parseTaughtFile(text: string, consoleIds: readonly string[]): Record<string, TaughtFields> | undefined {
  if (text.length > MAX_TAUGHT_FILE_BYTES) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const out: Record<string, TaughtFields> = {};
  for (const id of consoleIds) {
    if (!Object.hasOwn(parsed.data.consoles, id)) continue;
    const fields = sanitizeTaught(parsed.data.consoles[id]);
    if (taughtEntries(fields).length) out[id] = fields;
  }
  return Object.keys(out).length ? out : undefined;
}
