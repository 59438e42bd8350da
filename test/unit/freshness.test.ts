/**
 * Rule freshness against the real calendar: every rule says when it was last checked against
 * its sources (`reviewedAt`), and this test reports the rules reviewed more than a year ago
 * (rules/engine/freshness.ts), with the sources to re-read. It reads the clock on purpose: it
 * fails on the day a rule goes stale, not when someone edits it. To clear it, re-read the
 * rule's sources, fix the rule if they changed, and set `reviewedAt` to the day of the review.
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/all-rules';
import { mayBeOutdated, oneYearBefore } from '../../rules/engine/freshness';
import { resolveSource } from '../../rules/sources';

/** Today in China, where the consoles and the 管局 are: the CLI's default day of the check too. */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('rule freshness', () => {
  it('no rule was last reviewed more than a year ago', () => {
    const stale = ALL_RULES.filter((rule) => mayBeOutdated(rule.reviewedAt, TODAY)).map(
      (rule) => `  ${rule.id} (reviewed ${rule.reviewedAt}): ${rule.sources.map((s) => resolveSource(s).url).join(' ')}`,
    );
    expect(
      stale,
      `${stale.length} rules were last reviewed before ${oneYearBefore(TODAY)}; re-read their sources and update reviewedAt:\n${stale.join('\n')}`,
    ).toEqual([]);
  });

  it('no rule claims a review after today', () => {
    const future = ALL_RULES.filter((rule) => rule.reviewedAt > TODAY).map((rule) => `${rule.id} (${rule.reviewedAt})`);
    expect(future, `reviewedAt after ${TODAY}`).toEqual([]);
  });
});
