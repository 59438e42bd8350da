import type { PageState } from '../../components/messaging/protocol';

/** A minimal read of the subject step: only the principal's mobile (synthetic), to tell reads apart. */
export const pageWithMobile = (mobile: string): PageState => ({
  console: 'huawei',
  provider: 'huawei',
  step: 'subject',
  form: { subject: { principal: { mobile } } },
  health: { expected: [], missing: [] },
  updatedAt: 0,
  today: '2026-11-29',
  disabledRules: [],
});
