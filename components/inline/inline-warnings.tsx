/**
 * Inline warnings: one host element per flagged field, inserted right after the field's
 * anchor, with a closed shadow root holding the messages (host.ts says why the page can
 * neither reach nor claim them).
 *
 * Why a plain `attachShadow` and not WXT's createShadowRootUi: with cssInjectionMode 'ui'
 * WXT fetches the stylesheet from a chrome-extension:// URL, which must then be listed in
 * web_accessible_resources (fingerprintable by any page) and costs a request per mount.
 * Here the CSS is bundled as a string (`?inline`) and put in a <style> element inside
 * each shadow root. A <style> element rather than a constructed, adopted stylesheet
 * because Firefox content scripts run behind Xray wrappers, where adoptedStyleSheets
 * from the content-script compartment do not reliably apply; a dozen tiny <style>
 * copies cost nothing. The bundle stays preact + these components.
 *
 * The page is never touched beyond inserting and removing our own hosts: no focus() of a
 * page element (only of our own 详情 button, when Escape closes its card), no
 * preventDefault/stopPropagation on page events, no listeners on page elements.
 */
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import inlineCss from '../../assets/ui/inline.css?inline';
import type { Finding } from '../../rules/engine/run';
import { SEVERITY_RANK, type Lang } from '../../rules/engine/types';
import type { FieldNamer } from './field-names';
import { FindingDetails } from './finding-details';
import { pick } from '../i18n';
import { t } from './strings';
import { findingKeys } from './finding-keys';
import { claimHost, HOST_ATTRIBUTE, HOST_TAG, IDLE_HOST_ATTRIBUTE, isOwnHost, OPEN_HOST_ATTRIBUTE } from './host';
import { SeverityIcon } from './severity-icon';

export { HOST_ATTRIBUTE, HOST_TAG, IDLE_HOST_ATTRIBUTE };

export interface InlineWarningsInput {
  /** Field id → the element the warning goes right after. */
  readonly anchors: Map<string, Element>;
  readonly findings: readonly Finding[];
  readonly lang: Lang;
}

export interface InlineWarnings {
  update(input: InlineWarningsInput): void;
  destroy(): void;
}

interface Mounted {
  readonly host: HTMLElement;
  readonly container: HTMLElement;
  /** Marks the host while its card is open (OPEN_HOST_ATTRIBUTE). */
  readonly onOpen: (open: boolean) => void;
  anchor: Element;
  key: string;
}

/**
 * A field's warnings on one line: our mark (备案预检), the worst finding's message, "+N 更多"
 * when the field has more, and 详情, which opens a card over the page (not in its flow: the
 * console's form does not move) with every finding of the field and its details. Escape in
 * the card closes it and gives the focus back to 详情 (our own button; the page's elements are
 * never focused); it also closes when the focus moves on to the page. Every finding's message is in the card's list whether or not it is open,
 * so the list is the field's findings, in order.
 *
 * `onOpen`: told when the card opens or closes (the host lifts itself above the page's
 * content while it is open).
 */
export function FieldWarnings({
  findings,
  lang,
  field,
  fieldName,
  onOpen,
}: {
  findings: readonly Finding[];
  lang: Lang;
  field: string;
  /** The field's name for the controls' labels; plain 详情 / 收起 without it (field-names.ts). */
  fieldName?: FieldNamer;
  onOpen?(open: boolean): void;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => onOpen?.(open), [open, onOpen]);
  const keys = findingKeys(findings);
  const first = findings[0]!;
  const more = findings.length - 1;
  const name = fieldName?.(field, lang) ?? '';
  const firstMessage = pick(first.message, lang);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open || event.key !== 'Escape') return;
    setOpen(false);
    button.current?.focus();
  };
  // The card lies over the console's form: it closes when the focus leaves it for the page.
  const onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (open && to && !(event.currentTarget as HTMLElement).contains(to)) setOpen(false);
  };
  // Ids are scoped to this host's shadow root.
  return (
    <div class="field-warnings" onKeyDown={onKeyDown} onFocusOut={onFocusOut}>
      <div class={`line ${first.severity}`}>
        <span class="mark">{t(lang, 'inline.mark')}</span>
        <SeverityIcon severity={first.severity} lang={lang} />
        <span class="line-msg" title={firstMessage}>
          {firstMessage}
        </span>
        {more > 0 && <span class="more-count">{t(lang, 'inline.moreCount', { n: more })}</span>}
        {/* A native button: Tab reaches it, Enter and Space activate it. */}
        <button
          type="button"
          ref={button}
          class="more"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="card"
          aria-label={name ? t(lang, open ? 'inline.lessLabel' : 'inline.moreLabel', { field: name }) : t(lang, open ? 'inline.less' : 'inline.more')}
          onClick={() => setOpen(!open)}
        >
          {t(lang, open ? 'inline.less' : 'inline.more')}
        </button>
      </div>
      <div class="card" id="card" role="group" aria-label={name ? t(lang, 'inline.cardLabel', { field: name }) : t(lang, 'inline.label')} hidden={!open}>
        <ul class="items">
          {findings.map((finding, index) => (
            <li key={keys[index]} class={`item ${finding.severity}`}>
              <SeverityIcon severity={finding.severity} lang={lang} />
              <span class="msg">{pick(finding.message, lang)}</span>
              {/* Details are built only when opened: typing re-renders warnings far more often than anyone reads them. */}
              {open && <FindingDetails finding={finding} lang={lang} />}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** What decides whether a host must re-render: language, and each finding's rule, message id and text. */
function renderKey(findings: readonly Finding[], lang: Lang): string {
  return [lang, ...findings.map((f) => `${f.ruleId}\u0001${f.messageId}\u0001${pick(f.message, lang)}`)].join('\u0000');
}

function createHost(field: string): Pick<Mounted, 'host' | 'container' | 'onOpen'> {
  const host = document.createElement(HOST_TAG);
  host.setAttribute(HOST_ATTRIBUTE, field);
  // delegatesFocus: the host takes a place in the Tab order (followTabOrder) and hands the focus to 详情.
  const shadow = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  claimHost(host);
  const style = document.createElement('style');
  style.textContent = inlineCss;
  const container = document.createElement('div');
  container.className = 'root';
  container.setAttribute('aria-live', 'polite');
  container.setAttribute('role', 'group');
  shadow.append(style, container);
  const onOpen = (open: boolean) => host.toggleAttribute(OPEN_HOST_ATTRIBUTE, open);
  return { host, container, onOpen };
}

/** Inserts `host` after `anchor`, after any of our hosts already there (several fields may share an anchor). */
function place(host: HTMLElement, anchor: Element): void {
  let position: Element = anchor;
  while (position.nextElementSibling && position.nextElementSibling !== host && isOwnHost(position.nextElementSibling)) {
    position = position.nextElementSibling;
  }
  if (position.nextElementSibling !== host) position.after(host);
}

/**
 * Gives the host the positive tabindex of its field's control, when the console sets one
 * (TinyVue gives its inputs tabindex="1"): the browser visits positive tabindexes before
 * every 0, so without it Tab would reach our 详情 only after every input of the form. With
 * the same tabindex, document order puts it right after its field.
 */
function followTabOrder(host: HTMLElement, anchor: Element): void {
  const control = anchor.matches('input, textarea, select, button, [tabindex]')
    ? anchor
    : anchor.querySelector('input:not([type="hidden"]), textarea, select, button, [tabindex]');
  const tabIndex = control instanceof HTMLElement ? control.tabIndex : 0;
  if (tabIndex > 0) {
    if (host.tabIndex !== tabIndex) host.tabIndex = tabIndex;
  } else if (host.hasAttribute('tabindex')) host.removeAttribute('tabindex');
}

/** How long the warnings live (components/console/lifetime.ts; tests may pass WXT's context). */
export interface InlineLifetime {
  onInvalidated(cb: () => void): () => void;
  readonly isValid: boolean;
}

/** `fieldName`: names each warning's field for its controls (field-names.ts). */
export function createInlineWarnings(ctx: InlineLifetime, fieldName?: FieldNamer): InlineWarnings {
  const mounted = new Map<string, Mounted>();
  let destroyed = false;

  /**
   * Hosts of fields whose warnings went away, kept in place, hidden and rendered, for when
   * they come back: typing flips a field's warning on every other key. Showing or hiding a
   * host changes two attributes of our own element; inserting or removing it next to the
   * console's input made the browser re-check the console's sibling selectors each time
   * (page script on every key press; `npm run bench` shows it). An idle host carries
   * IDLE_HOST_ATTRIBUTE instead of HOST_ATTRIBUTE, so "the hosts of the page" are the
   * shown ones.
   */
  const idle = new Map<string, Mounted>();

  function unmount(field: string, entry: Mounted) {
    entry.host.hidden = true;
    entry.host.setAttribute(IDLE_HOST_ATTRIBUTE, field);
    entry.host.removeAttribute(HOST_ATTRIBUTE);
    mounted.delete(field);
    idle.set(field, entry);
  }

  function show(field: string, entry: Mounted) {
    entry.host.setAttribute(HOST_ATTRIBUTE, field);
    entry.host.removeAttribute(IDLE_HOST_ATTRIBUTE);
    entry.host.hidden = false;
  }

  function update({ anchors, findings, lang }: InlineWarningsInput): void {
    if (destroyed || !ctx.isValid) return;
    const byField = new Map<string, Finding[]>();
    for (const finding of findings) {
      const anchor = anchors.get(finding.field);
      if (!anchor?.isConnected || !anchor.parentNode) continue;
      const list = byField.get(finding.field);
      if (list) list.push(finding);
      else byField.set(finding.field, [finding]);
    }
    for (const [field, entry] of mounted) if (!byField.has(field)) unmount(field, entry);

    for (const [field, list] of byField) {
      list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
      const anchor = anchors.get(field)!;
      const key = renderKey(list, lang);
      let entry = mounted.get(field);
      if (!entry) {
        const waiting = idle.get(field);
        entry = waiting ?? { ...createHost(field), anchor, key: '' };
        if (waiting) {
          idle.delete(field);
          show(field, waiting);
        }
        mounted.set(field, entry);
      }
      // The console's framework may have re-rendered the field (new anchor) or dropped our host.
      if (entry.anchor !== anchor || !entry.host.isConnected) {
        entry.anchor = anchor;
        place(entry.host, anchor);
        followTabOrder(entry.host, anchor);
      } else if (entry.host.parentNode !== anchor.parentNode) {
        place(entry.host, anchor);
      }
      if (entry.key === key) continue;
      entry.key = key;
      entry.container.setAttribute('aria-label', t(lang, 'inline.label'));
      // Top-level render is synchronous: the host shows the new state before this call returns.
      render(<FieldWarnings findings={list} lang={lang} field={field} fieldName={fieldName} onOpen={entry.onOpen} />, entry.container);
    }
  }

  function destroy(): void {
    if (destroyed) return;
    for (const entry of [...mounted.values(), ...idle.values()]) {
      render(null, entry.container);
      entry.host.remove();
    }
    mounted.clear();
    idle.clear();
    destroyed = true;
  }

  ctx.onInvalidated(destroy);
  return { update, destroy };
}
