/**
 * Links in Markdown, for the docs test: the relative links of a file (code blocks and inline
 * code left out) and the anchors its headings get on GitHub.
 */

export interface MarkdownLink {
  readonly line: number;
  /** The path part, '' for a link within the same file. */
  readonly path: string;
  /** The part after '#', if any. */
  readonly anchor?: string;
}

/** The text with fenced code blocks blanked out (line numbers kept). */
function withoutFences(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
}

/** The text with fenced code blocks and inline code blanked out (line numbers kept). */
function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}

/** Relative links (`[text](target)` and `[label]: target`); URLs with a scheme are skipped. */
export function relativeLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  withoutCode(markdown)
    .split('\n')
    .forEach((text, index) => {
      const targets = [
        ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
        ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/g)].map((m) => m[1]!),
      ];
      for (const target of targets) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        const hash = target.indexOf('#');
        const path = decodeURI(hash < 0 ? target : target.slice(0, hash));
        links.push(hash < 0 ? { line: index + 1, path } : { line: index + 1, path, anchor: decodeURI(target.slice(hash + 1)) });
      }
    });
  return links;
}

/**
 * The text of an ATX heading ("## How it works ##" → "How it works"): after 1–6 #s and a space,
 * without the trailing spaces, closing #s and spaces. Trimmed from the end, so the work is linear
 * (`/^#{1,6}\s+(.*?)\s*#*\s*$/` retried its suffix from every character of the heading).
 */
function headingText(line: string): string | undefined {
  const opening = /^#{1,6}\s+/.exec(line);
  if (!opening) return undefined;
  let end = line.trimEnd().length;
  while (end > opening[0].length && line[end - 1] === '#') end -= 1;
  return line.slice(opening[0].length, end).trimEnd();
}

/** The anchors GitHub gives the headings of a Markdown file ("## How it works" → "how-it-works"). */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutFences(markdown)
    .replace(/`([^`\n]*)`/g, '$1')
    .split('\n')) {
    const text = headingText(line);
    if (text === undefined) continue;
    const slug = text
      .replace(/<[^<>]+>/g, '')
      .replace(/\[([^[\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}
