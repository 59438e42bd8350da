/**
 * How our inline-warning hosts are marked in the page: the readers and the page watcher
 * skip them (never read, never a page change).
 */

/** Tag of the host elements; a valid custom-element name, so attachShadow is allowed without defining it. */
export const HOST_TAG = 'beian-precheck-warning';
/** Attribute carrying the field id on each host showing warnings. Adapters skip nodes that carry it. */
export const HOST_ATTRIBUTE = 'data-beian-precheck-field';
/** The same, on a host kept hidden while its field has no warning (IDLE). */
export const IDLE_HOST_ATTRIBUTE = 'data-beian-precheck-idle';
/** Our own hosts, shown or idle. */
export const OWN_HOST_SELECTOR = `[${HOST_ATTRIBUTE}], [${IDLE_HOST_ATTRIBUTE}]`;
