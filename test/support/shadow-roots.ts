/**
 * The inline warnings use closed shadow roots, so `host.shadowRoot` is null for every
 * script, tests included. Importing this module records each shadow root as it is
 * attached (in the test's own DOM), and `shadowOf(host)` returns it.
 */
const roots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  roots.set(this, root);
  return root;
};

/** The shadow root attached to `host`, open or closed. */
export function shadowOf(host: Element | null | undefined): ShadowRoot | undefined {
  return host ? roots.get(host) : undefined;
}
