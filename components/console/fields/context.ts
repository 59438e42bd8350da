/**
 * What a field writer sees: the read in progress (ReadState: what is set so far, and the
 * helpers that set it) and the one field it writes (FieldContext: its item, readings,
 * container, anchor, and the field-id bases its section gives).
 */
import type { ConsoleDefinition } from '../define-console';
import type { Dom, Reading } from '../dom';
import type { Context, Item, ServiceKind } from '../layout';
import type { Block, LocalKey } from '../local-keys';
import type { PageStep, UnreadValue } from '../page-read';
import type { Term } from '../../../rules/model/vocabulary';

/** A 审批号 / 审批文件 field, paired with its category once every field is read (pre-approval.ts). */
export interface PendingNumber {
  readonly base: string;
  readonly category?: string;
  readonly value?: string;
  readonly anchor: Element;
  readonly files?: number;
}

export interface ReadState {
  readonly def: ConsoleDefinition;
  readonly dom: Dom;
  readonly step: PageStep;
  readonly values: Map<string, unknown>;
  readonly anchors: Map<string, Element>;
  readonly found: Set<string>;
  /** Sets a field: found, anchored once, its first value kept. */
  set(id: string, value: unknown, anchor: Element): void;
  /** Sets a plain text field (its single value), remembered for the one-field re-read. */
  setPlain(id: string, readings: readonly Reading[], container: Element, anchor: Element): void;
  /** Marks the field locked when the page shows it greyed (PageRead.locked). */
  lock(id: string, readings: readonly Reading[], container: Element): void;
  /** 0, 1, 2 … for each field of that id met so far: rows of a repeated field. */
  nextOccurrence(id: string): number;
  /** `filed.websites[i]` for a field of the current record under `ctx`. */
  filedBase(ctx: Readonly<Context>, kind: ServiceKind, startsItem: boolean): string;
  /** The single value a container shows (its plain text when it has no control). */
  single(readings: readonly Reading[], container: Element): string | undefined;
  files(container: Element): number | undefined;
  /** Reports a value the page shows but the read cannot take (PageRead.unread); the label is the current field's. */
  unread(entry: Omit<UnreadValue, 'label'>): void;
  /** The vocabulary id of an option text; a text shown that maps to none is reported under `field`. */
  term<T extends Record<string, Term>>(field: string, vocabulary: T, text: string | undefined): (keyof T & string) | undefined;
  /** The vocabulary ids of option texts; each text that maps to none is reported under `field`. */
  terms<T extends Record<string, Term>>(field: string, vocabulary: T, texts: readonly string[]): (keyof T & string)[];
  readonly pendingNumbers: PendingNumber[];
  /** 从域名 rows per service base, appended to its domains at the end. */
  readonly extraDomains: Map<string, { values: string[]; anchors: Element[] }>;
  /** `…domains` ids read from a 网站域名 / 主域名 field (not only from 从域名). */
  readonly mainDomainFields: Set<string>;
}

export interface FieldContext {
  readonly item: Item;
  readonly key: LocalKey;
  /** The block the label sits in (or its own prefix names). */
  readonly block: Block | undefined;
  readonly service: ServiceKind;
  /** `websites[i]` / `apps[i]`. */
  readonly serviceBase: string;
  /** Whether the field belongs to a service card (or its principal). */
  readonly inService: boolean;
  /** `websites[i].principal` in a card, else `subject.principal`. */
  readonly principalBase: string;
  readonly readings: readonly Reading[];
  readonly container: Element;
  readonly anchor: Element;
}

/** Writes one field's readings into field ids. */
export type Writer = (state: ReadState, field: FieldContext) => void;
