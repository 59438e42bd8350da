/**
 * A validator for SARIF 2.1.0 logs, from the schema kept in test/fixtures/sarif/ (its origin is
 * in the README there); no network. The schema is written in JSON Schema draft-04, which
 * differs from the draft-07 Ajv reads by default only in how it names itself (`id`, not `$id`)
 * and in boolean `exclusiveMinimum`/`exclusiveMaximum`, which this schema does not use; so it
 * is renamed, not translated. The three string formats it uses are checked here after
 * RFC 3986 and RFC 3339, without another package.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

/** Characters a URI may hold (RFC 3986 §2), a percent sign only before two hex digits. */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

function loadSchema(): Record<string, unknown> {
  const text = readFileSync(join('test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8');
  const { $schema, id, ...rest } = JSON.parse(text) as Record<string, unknown>;
  if ($schema !== 'http://json-schema.org/draft-04/schema#') throw new Error(`expected a draft-04 schema, got ${String($schema)}`);
  if (/"exclusive(?:Minimum|Maximum)"\s*:\s*(?:true|false)/.test(text)) throw new Error('the schema uses draft-04 boolean exclusive bounds: translate them');
  return { $id: id, ...rest };
}

let validator: ValidateFunction | undefined;

/** The compiled validator (compiled once per test file). */
export function sarifValidator(): ValidateFunction {
  if (validator) return validator;
  // unicodeRegExp off: the published schema's `language` pattern has a stray `]`, legal only outside /u.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (value: string) => URI_CHARS.test(value) && SCHEME.test(value));
  ajv.addFormat('uri-reference', (value: string) => URI_CHARS.test(value));
  ajv.addFormat('date-time', (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)));
  validator = ajv.compile(loadSchema());
  return validator;
}

/** The validation errors of `log` as a short readable string (empty when it is valid). */
export function sarifErrors(log: unknown): string {
  const validate = sarifValidator();
  return validate(log) ? '' : JSON.stringify(validate.errors?.slice(0, 5), null, 2);
}
