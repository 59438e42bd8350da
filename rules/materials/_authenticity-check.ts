import type { FilingForm } from '../model/filing-form';
import { serviceLabel, services } from '../national/_services';

/**
 * One reason per website and app on the checklist item of materials/authenticity-check (needs
 * merge by material and service), for the provider rules that add their own requirements of the
 * face check to it (materials/aliyun-live-photos, materials/tencent-video-check).
 */
export function authenticityCheckNeeds<M extends string>(form: FilingForm, message: M) {
  return services(form).map((s) => ({ material: 'authenticity-check', for: s.path, message, params: { service: serviceLabel(s.kind, s.index) } }));
}
