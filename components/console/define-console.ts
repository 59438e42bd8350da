/**
 * A console, as data plus a few small functions: which pages it is on, which component
 * libraries draw its forms, what it calls each field, how its headings and steps read,
 * how its pages title the order type, where its URLs keep the order id. Everything else
 * (reading, merging, judging, showing) is the kit's and is the same for every console.
 * A console's folder (entrypoints/<id>.content/) holds its definition and tables only;
 * components/console/README.md says how to add one.
 */
import type { ProviderId } from '../../rules/model/providers';
import type { FilingType } from '../../rules/model/vocabulary';
import type { DomLibrary } from './dom/library';
import type { Block, Heading, LabelTable, UploadTable } from './local-keys';
import type { ServiceKind } from './layout';
import type { StepTable } from './steps';

/** The consoles the extension reads (one content script each). */
export const CONSOLE_IDS = ['huawei', 'aliyun', 'tencent'] as const;
export type ConsoleId = (typeof CONSOLE_IDS)[number];

export interface ConsoleLabels {
  /** Normalised label → local key (normalizeLabel, local-keys.ts). */
  readonly synonyms: LabelTable;
  /** Normalised label of an upload slot → the material it holds. */
  readonly uploads: UploadTable;
  /** Label prefixes naming whose principal a field is (主体负责人手机号码): the rest is looked up in `synonyms`. */
  readonly ownerPrefixes: readonly (readonly [string, Block])[];
  /** Checkbox texts by which a card's principal is the subject's (同主体负责人). */
  readonly sameAsSubject: ReadonlySet<string>;
  /** The pre-approval option that ticks none of the categories (以上都不涉及). */
  readonly noneOfTheAbove: RegExp;
  /** An ID valid without an end date (长期). */
  readonly longTerm: RegExp;
  /**
   * The words (a heading, a label, a button, an image's alt text) by which a page hands the
   * materials and the face check to the console's app or a QR code (核验二维码, 去核验). On a
   * page that shows them and no upload slot, the materials are uploaded elsewhere
   * (PageRead.materialsElsewhere): not readable here, never missing. Absent when no such page
   * of the console is known.
   */
  readonly materialsElsewhere?: RegExp;
  /** The options of a 服务类型 field (normalised, upper case) → the kind of service the order is for. */
  readonly serviceKinds?: Readonly<Record<string, ServiceKind>>;
  /** A label naming the card a per-service upload slot belongs to (「…（网站2）」). */
  readonly serviceHint: (raw: string) => { readonly service: 'websites' | 'apps'; readonly index: number } | undefined;
}

export interface ConsoleDefinition {
  readonly id: ConsoleId;
  /** The cloud provider running the console: rule context, never rule text. */
  readonly provider: ProviderId;
  /** Content-script match patterns: the only pages read. */
  readonly matches: readonly string[];
  /** The component libraries its forms use, most specific first, `native` last (dom/*.ts). */
  readonly libraries: readonly DomLibrary[];
  readonly labels: ConsoleLabels;
  /** What a section heading says about the labels under it, or undefined for other titles. */
  readonly headings: (text: string) => Heading | undefined;
  readonly steps: StepTable;
  /** Page titles and breadcrumb ends that name the order type, beyond the vocabulary's own labels. */
  readonly filingTypeTitles: Readonly<Record<string, FilingType>>;
  /** The order id in a page URL, when the console puts one there. */
  readonly orderKey: (href: string) => string | undefined;
}

/** Typed identity: a definition is checked where it is written. */
export function defineConsole(def: ConsoleDefinition): ConsoleDefinition {
  return def;
}
