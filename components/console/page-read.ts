/**
 * What one read of a console page gives: the boundary between the readers (read-page.ts,
 * console-specific by their tables only) and the order model (order-model.ts). It holds
 * what the page shows, translated to field ids and vocabulary ids, never a judgement.
 */
import type { Step } from '../../rules/model/fields';

export type PageStep = Step | 'unknown';

/**
 * A value the page shows that the read could not take (adapter health): an option text that
 * maps to no vocabulary id (`text`), or a control no reader knows (`widget`: its tag name;
 * what it shows is not copied, it may be personal data).
 */
export interface UnreadValue {
  readonly field: string;
  /** The field's label as the page words it. */
  readonly label: string;
  readonly text?: string;
  readonly widget?: string;
}

/** One read of the page. `values` maps concrete field ids (and `materials.<key>`) to what was read. */
export interface PageRead {
  readonly step: PageStep;
  /** Field ids whose label was found on the page; a found field with no value is "shown but empty/unreadable". */
  readonly found: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, unknown>;
  readonly anchors: ReadonlyMap<string, Element>;
  readonly expected: readonly string[];
  /**
   * Field ids whose value the page shows greyed (a disabled control) or as plain text:
   * carried over and not editable. In change and cancellation orders these are values of
   * the current record; the order model copies them into `filed` (order-model.ts).
   */
  readonly locked?: ReadonlySet<string>;
  /**
   * Found fields the page shows only part of: a website's domains read from 从域名 alone,
   * its 网站域名 field gone (renamed or removed). They have values, but health reports them.
   */
  readonly partial?: ReadonlySet<string>;
  /**
   * The page hands the materials (and the face check) to the console's app or a QR code
   * and shows no upload slot: what is not counted here is uploaded elsewhere, not missing.
   */
  readonly materialsElsewhere?: true;
  /** Values shown but not read (UnreadValue), in document order; absent when none. */
  readonly unread?: readonly UnreadValue[];
  /** Fields the adapter did not find, read where the user showed them (components/console/taught.ts); absent when none. */
  readonly taught?: readonly string[];
  /** Taught fields of this step that the adapter does not find and whose control is gone; absent when none. */
  readonly staleTaught?: readonly string[];
}

/** Expected fields the page does not show, or shows only part of: what adapter health reports. */
export function missingFields(read: PageRead): string[] {
  return read.expected.filter((id) => !read.found.has(id) || read.partial?.has(id) === true);
}
