/**
 * The side panel's checks of taught fields (components/messaging/taught.ts) with zod: the
 * locators it reads from `storage.local`, and the JSON file it exports and imports.
 */
import * as z from 'zod/mini';
import { MAX_LABEL_CHARS, MAX_PATH_SEGMENTS, MAX_SEGMENT_CHARS, SEGMENT, sanitizeTaught, taughtEntries, type TaughtFields } from './taught';

export const taughtLocatorSchema = z.strictObject({
  label: z.string().check(z.maxLength(MAX_LABEL_CHARS)),
  path: z.array(z.string().check(z.maxLength(MAX_SEGMENT_CHARS), z.regex(SEGMENT))).check(z.minLength(1), z.maxLength(MAX_PATH_SEGMENTS)),
});

/** sanitizeTaught with each locator checked by the zod schema. */
export const sanitizeTaughtStrictly = (value: unknown): TaughtFields => sanitizeTaught(value, (locator) => taughtLocatorSchema.safeParse(locator).success);

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
    const fields = sanitizeTaughtStrictly(parsed.data.consoles[id]);
    if (taughtEntries(fields).length) out[id] = fields;
  }
  return Object.keys(out).length ? out : undefined;
}
