/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format) for the CLI's
 * `check --format sarif`: one run, one result per finding, the filing's field id as the
 * logical location and the filing file as the artifact. Pure: the caller passes the results,
 * the rules and the day of the check.
 *
 * Nothing from the filing is copied here except through the finding messages, which never
 * quote ID numbers, phones or email addresses (rule tests enforce it, and the CLI masks any
 * such value before: rules/checks/mask.ts); field ids, rule metadata and the file paths the
 * user named are the rest.
 */
import { mayBeOutdated } from './engine/freshness';
import type { RunResult } from './engine/result';
import type { Lang, Rule, Severity } from './engine/types';
import { resolveSource } from './sources';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifFileResult {
  /** The path as the user named it (or as found in a directory they named). */
  readonly file: string;
  readonly result: RunResult;
}

export interface SarifOptions {
  readonly lang: Lang;
  /** The day of the check (YYYY-MM-DD): rules reviewed more than a year before it are marked. */
  readonly today: string;
  readonly toolVersion?: string;
}

/** A file path as a URI reference: forward slashes, percent-encoded where a URI needs it. */
export function pathToUriReference(path: string): string {
  return encodeURI(path.replace(/\\/g, '/')).replace(/[?#]/g, (c) => encodeURIComponent(c));
}

/** The SARIF log for the files checked in one CLI call. */
export function sarifLog(files: readonly SarifFileResult[], rules: readonly Rule[], options: SarifOptions) {
  const { lang, today } = options;
  const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
  // Only the rules with a result, in the order they first appear; results point at them by index.
  const used: Rule[] = [];
  const indexOf = new Map<string, number>();
  const ruleIndex = (id: string): number => {
    let index = indexOf.get(id);
    if (index === undefined) {
      const rule = ruleById.get(id);
      if (!rule) throw new Error(`no rule ${id}`);
      index = used.push(rule) - 1;
      indexOf.set(id, index);
    }
    return index;
  };

  const results = files.flatMap(({ file, result }) =>
    result.findings.map((finding) => {
      const index = ruleIndex(finding.ruleId);
      const outdated = mayBeOutdated(used[index]!.reviewedAt, today);
      return {
        ruleId: finding.ruleId,
        ruleIndex: index,
        level: LEVEL[finding.severity],
        message: { text: finding.message[lang] },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: pathToUriReference(file) } },
            logicalLocations: [{ fullyQualifiedName: finding.field, kind: 'member' }],
          },
        ],
        ...(outdated ? { properties: { mayBeOutdated: true } } : {}),
      };
    }),
  );

  const driverRules = used.map((rule) => {
    const texts = rule.texts[lang];
    // Percent-encoded: a SARIF URI is ASCII, and some sources' URLs are written with Chinese characters.
    const helpUri = rule.sources.length > 0 ? encodeURI(decodeURI(resolveSource(rule.sources[0]!).url)) : undefined;
    return {
      id: rule.id,
      shortDescription: { text: texts.title },
      fullDescription: { text: texts.why },
      help: { text: texts.fix },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: {
        family: rule.family,
        reviewedAt: rule.reviewedAt,
        ...(mayBeOutdated(rule.reviewedAt, today) ? { mayBeOutdated: true } : {}),
      },
    };
  });

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'beian-precheck',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            language: lang,
            rules: driverRules,
          },
        },
        artifacts: files.map(({ file }) => ({ location: { uri: pathToUriReference(file) } })),
        results,
        properties: {
          today,
          // Rules that could not decide for want of an input: the missing field ids, per file.
          unknown: files.flatMap(({ file, result }) => result.unknown.map((u) => ({ file, ruleId: u.ruleId, missing: [...u.missing] }))),
        },
      },
    ],
  };
}
