/**
 * The rule metadata contract, as a zod schema. Meta-tests validate every bundled rule
 * against it; the engine itself never imports zod.
 */
import { z } from 'zod';
import { PROVINCE_CODES } from '../model/provinces';
import { PROVIDER_IDS } from '../model/providers';
import { FILING_TYPES, SUBJECT_NATURES } from '../model/vocabulary';
import { SOURCES } from '../sources';
import { isIsoDate } from '../checks/dates';
import { EVIDENCE, RULE_FAMILIES, SEVERITIES } from './types';

const isoDate = z.string().refine(isIsoDate, 'a real date written YYYY-MM-DD');
const nonEmpty = z.string().trim().min(1);
/** A field-id pattern: `subject.principal.mobile`, `websites[].domains`. */
const fieldPattern = z.string().regex(/^[A-Za-z]+(?:\[\])?(?:\.[A-Za-z]+(?:\[\])?)*$/);

export const SourceSchema = z
  .object({
    url: z.url({ protocol: /^https$/ }),
    title: nonEmpty,
    publisher: nonEmpty,
    evidence: z.enum(['F', 'K', 'T', 'MIIT', 'I']),
    published: isoDate.optional(),
    retrieved: isoDate,
    note: z.string().optional(),
  })
  .strict();

const SourceRefSchema = z.union([z.string().refine((key) => key in SOURCES, 'a key of rules/sources.ts'), SourceSchema]);

const TextsSchema = z.object({ title: nonEmpty, messages: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), nonEmpty), why: nonEmpty, fix: nonEmpty }).strict();

export const RuleMetaSchema = z
  .object({
    id: z.string().regex(/^(national|materials|provinces\/(?:[a-z]{2}|shared))\/[a-z0-9]+(?:-[a-z0-9]+)*$/),
    severity: z.enum(SEVERITIES as ['error', 'warning', 'info']),
    evidence: z.enum(EVIDENCE as ['disputed', 'older-sources']).optional(),
    family: z.enum(RULE_FAMILIES),
    scope: z
      .object({
        provinces: z
          .array(z.enum(PROVINCE_CODES as [string, ...string[]]))
          .min(1)
          .optional(),
        natures: z
          .array(z.enum(Object.keys(SUBJECT_NATURES) as [string, ...string[]]))
          .min(1)
          .optional(),
        serviceKinds: z
          .array(z.enum(['website', 'app']))
          .min(1)
          .optional(),
        filingTypes: z
          .array(z.enum(Object.keys(FILING_TYPES) as [string, ...string[]]))
          .min(1)
          .optional(),
        providers: z.array(z.enum(PROVIDER_IDS)).min(1).optional(),
      })
      .strict(),
    reads: z.array(fieldPattern),
    alsoReads: z.array(fieldPattern).min(1).optional(),
    texts: z.object({ 'zh-CN': TextsSchema, en: TextsSchema }).strict(),
    citations: z
      .object({ 'zh-CN': z.array(nonEmpty), en: z.array(nonEmpty) })
      .strict()
      .optional(),
    sources: z.array(SourceRefSchema).min(1),
    effectiveFrom: isoDate.optional(),
    effectiveUntil: isoDate.optional(),
    reviewedAt: isoDate,
    materials: z
      .record(
        z.string(),
        z
          .object({
            zh: nonEmpty,
            en: nonEmpty,
            howTo: z.object({ zh: nonEmpty, en: nonEmpty }).optional(),
            process: z.literal(true).optional(),
            template: z.object({ zh: nonEmpty, en: nonEmpty, where: z.object({ zh: nonEmpty, en: nonEmpty }).optional() }).optional(),
            signer: z.object({ zh: nonEmpty, en: nonEmpty }).optional(),
            limits: z.record(z.string(), z.object({ zh: nonEmpty, en: nonEmpty })).optional(),
          })
          .strict(),
      )
      .optional(),
    check: z.function(),
  })
  .strict();
