import type { Finding } from '../../rules/engine/run';

/**
 * List keys for findings of one field: rule + message id (not the text, so an item the
 * user expanded stays open while they type), with a counter when a rule reports the
 * same message twice.
 */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.ruleId}|${finding.messageId}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}|${n}`;
  });
}
