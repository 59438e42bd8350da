/**
 * The cloud providers whose filing consoles the extension reads. A provider is rule
 * context (RuleContext.provider), never rule text: a rule that names the provider's
 * app, templates or public IPs takes them from this table, so an Alibaba Cloud user is
 * never told about Huawei Cloud.
 */
export const PROVIDER_IDS = ['huawei', 'aliyun', 'tencent'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** The provider assumed where none is given (the CLI's default, a filing JSON without one). */
export const DEFAULT_PROVIDER: ProviderId = 'huawei';

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value);
}
