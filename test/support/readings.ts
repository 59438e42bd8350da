/**
 * What a reader's readings show, one short string each, for the component-library reader tests:
 * `☑其他` / `☐博客` for a checkbox or radio, tags joined by `|`, `widget` for an unknown control,
 * else `<kind>:<value>` (`choice:广东省 / 深圳市 / 南山区`, `date:2040-05-01`, `text:…`).
 */
import type { Reading } from '../../components/console/dom/library';

export const shown = (readings: readonly Reading[] | undefined): string[] =>
  (readings ?? []).map((r) =>
    r.kind === 'check'
      ? `${r.checked ? '☑' : '☐'}${r.label}`
      : r.kind === 'tags'
        ? r.values.join('|')
        : r.kind === 'widget'
          ? 'widget'
          : `${r.kind}:${r.value}`,
  );
