/** Small inline SVG icons per severity (no image files, so nothing needs to be web-accessible). */
import type { Lang, Severity } from '../../rules/engine/types';
import { t } from './strings';

const PATHS: Record<Severity, string> = {
  // circle with a cross
  error: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm2.8 8.6-1.2 1.2L8 9.2l-1.6 1.6-1.2-1.2L6.8 8 5.2 6.4l1.2-1.2L8 6.8l1.6-1.6 1.2 1.2L9.2 8z',
  // triangle with an exclamation mark
  warning: 'M8 1.5 .8 14h14.4zm.8 10.5H7.2v-1.6h1.6zm0-2.8H7.2V5.6h1.6z',
  // circle with an i
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm.8 11H7.2V7h1.6zm0-6.4H7.2V4h1.6z',
};

export function SeverityIcon({ severity, lang }: { severity: Severity; lang: Lang }) {
  return (
    <svg class={`icon icon-${severity}`} viewBox="0 0 16 16" width="14" height="14" role="img" aria-label={t(lang, `severity.${severity}`)} focusable="false">
      <path fill="currentColor" d={PATHS[severity]} />
    </svg>
  );
}
