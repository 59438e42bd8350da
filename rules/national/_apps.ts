/**
 * Helpers shared by the national app rules. Not a rule: the `_` prefix keeps it out of
 * the registry.
 */
import { flatMap } from '../checks/arrays';
import type { FilingForm } from '../model/filing-form';

type PlatformEntry = NonNullable<NonNullable<FilingForm['apps']>[number]['platforms']>[number];

/** Every platform row of every app, with its field prefix `apps[0].platforms[1]`. */
export function appPlatforms(form: FilingForm): { readonly path: string; readonly entry: PlatformEntry }[] {
  return flatMap(form.apps ?? [], (app, i) => (app.platforms ?? []).map((entry, j) => ({ path: `apps[${i}].platforms[${j}]`, entry })));
}

/** Hex digits only, lower-case: keytool and Xcode print fingerprints with colons, dashes or spaces between bytes. */
export function compactHex(value: string): string {
  return value.replace(/[:\s-]/g, '').toLowerCase();
}

/** Hex lengths of MD5, SHA-1 and SHA-256 fingerprints. */
export const FINGERPRINT_LENGTHS = { md5: 32, sha1: 40, sha256: 64 } as const;

export function isHexOfLength(value: string, ...lengths: number[]): boolean {
  return /^[0-9a-f]+$/.test(value) && lengths.includes(value.length);
}
