/**
 * Our inline-warning hosts and how we know them. The console page shares the DOM with them
 * and runs its own scripts, so nothing it can forge decides what is ours:
 * - a host is a built-in element, so the page cannot claim it through its custom-element
 *   registry (a page that defined our former tag name ran its constructor for every host,
 *   took the shadow root first and so blanked every warning);
 * - its shadow root is closed, so page scripts cannot read the warnings (which quote what
 *   the user typed and answered in the side panel) or alter them;
 * - our hosts are known by reference (a WeakSet of the elements we made), never by an
 *   attribute: an attribute check let a page hide any field from the checks by marking it.
 */

/** The host element: built-in, and allowed to host a shadow root. */
export const HOST_TAG = 'span';
/**
 * Attribute carrying the field id on each host showing warnings. For people and tests
 * looking at the page only: anyone can set it, so nothing of ours trusts it.
 */
export const HOST_ATTRIBUTE = 'data-beian-precheck-field';
/** On a host while its details card is open: the host is lifted above the page's content (inline.css). */
export const OPEN_HOST_ATTRIBUTE = 'data-beian-precheck-open';
/** The same, on a host kept hidden while its field has no warning (IDLE). */
export const IDLE_HOST_ATTRIBUTE = 'data-beian-precheck-idle';
/**
 * What the readers skip as ours: nothing. A host has no light-DOM content (its warnings are
 * in its closed shadow root), so no label, control or heading the readers find can be in
 * one; an attribute selector here would let the page hide fields (see above).
 */
export const OWN_HOST_SELECTOR = ':not(*)';

const ownHosts = new WeakSet<Node>();

/** Records `host` as one of ours. */
export function claimHost(host: Element): void {
  ownHosts.add(host);
}

/** Whether `node` is one of our hosts. */
export function isOwnHost(node: Node | null | undefined): boolean {
  return node != null && ownHosts.has(node);
}

/** Whether `node` is one of our hosts or inside one (across its shadow root). */
export function inOwnHost(node: Node | null | undefined): boolean {
  for (let n: Node | null | undefined = node; n; n = n.parentNode ?? (n as Partial<ShadowRoot>).host) if (ownHosts.has(n)) return true;
  return false;
}
