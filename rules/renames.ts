/**
 * Rule ids that changed: old id → current id. Users' switched-off rules are stored by id
 * (components/settings.ts), so settings read back map an old id to the rule's current id
 * and a renamed rule stays switched off. Entries stay for good; add one whenever a rule
 * module is renamed (rules/renames.test.ts checks every target exists and that no current
 * rule id is a rename source).
 */
export const RULE_RENAMES: Readonly<Record<string, string>> = {
  // Evidence state moved from the id into the rule's `evidence` field.
  'provinces/shared/domain-expiry-older-sources': 'provinces/shared/domain-expiry-province-minimum',
  'provinces/shared/local-mobile-disputed': 'provinces/shared/principal-local-mobile',
  'provinces/shared/local-mobile-older-sources': 'provinces/shared/local-mobile-dropped',
  'provinces/shared/one-homepage-url-older': 'provinces/shared/one-homepage-url',
  'provinces/shared/personal-cross-province-older-sources': 'provinces/shared/personal-cross-province-keep-permit',
  'provinces/shared/personal-local-id-only-disputed': 'provinces/shared/personal-local-id-advised',
  'provinces/shared/personal-no-blog-older': 'provinces/shared/personal-no-blog-advised',
  'provinces/shared/personal-residence-proof-disputed': 'provinces/shared/personal-residence-proof-advised',
  'provinces/shared/principal-authorisation-disputed': 'provinces/shared/principal-authorisation-letter',
  'provinces/shared/principal-legal-rep-disputed': 'provinces/shared/principal-legal-rep-advised',
  'provinces/shared/principal-min-age-disputed': 'provinces/shared/principal-min-age-advised',
  'provinces/shared/sole-proprietor-filing-older-sources': 'provinces/shared/sole-proprietor-filing-advised',
  'provinces/sn/personal-cross-province-disputed': 'provinces/sn/personal-cross-province',
};

/** The current id of a rule stored under `id` (itself when it was never renamed; follows chains of renames). */
export function currentRuleId(id: string): string {
  const seen = new Set<string>();
  let current = id;
  while (Object.hasOwn(RULE_RENAMES, current) && !seen.has(current)) {
    seen.add(current);
    current = RULE_RENAMES[current]!;
  }
  return current;
}
