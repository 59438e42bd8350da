/**
 * Hash routing like the real console (#/verify, #/subject …): steps swap without a page
 * reload. `?mode=edit` in the hash (or the page query) opens an existing order in edit mode.
 */
import { ref } from 'vue';

export const STEP_ROUTES = ['verify', 'subject', 'website', 'app', 'upload', 'submitted'] as const;
/** Pages outside the first-filing wizard: 我的备案, change and cancellation orders, verification after submitting. */
export const PAGE_ROUTES = ['records', 'change', 'cancel', 'verification'] as const;
export type StepRoute = (typeof STEP_ROUTES)[number] | (typeof PAGE_ROUTES)[number];

export function isWizardRoute(route: StepRoute): boolean {
  return (STEP_ROUTES as readonly string[]).includes(route);
}

function parse(): { route: StepRoute; query: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = raw.split('?');
  const route = [...STEP_ROUTES, ...PAGE_ROUTES].includes(path as StepRoute) ? (path as StepRoute) : 'verify';
  const query = new URLSearchParams(search);
  for (const [k, v] of new URLSearchParams(location.search)) if (!query.has(k)) query.set(k, v);
  return { route, query };
}

export const current = ref(parse());

window.addEventListener('hashchange', () => {
  current.value = parse();
  window.scrollTo(0, 0);
});

/** Opens a page with its own query (e.g. `open('change', { type: 'change-filing' })`), dropping the current one. */
export function open(route: StepRoute, query: Record<string, string> = {}): void {
  const search = new URLSearchParams(query).toString();
  location.hash = `#/${route}${search ? `?${search}` : ''}`;
}

export function go(route: StepRoute): void {
  const query = current.value.query.toString();
  location.hash = `#/${route}${query ? `?${query}` : ''}`;
}
