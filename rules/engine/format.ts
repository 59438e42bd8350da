import type { Lang, Params } from './types';

/** A template split once: literal text at even indexes, placeholder names at odd ones. */
type CompiledTemplate = readonly string[];

const compiled = new Map<string, CompiledTemplate>();

const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** Splits at what /\{(\w+)\}/g matches, scanning left to right as the regex does. */
function compile(template: string): CompiledTemplate {
  let parts = compiled.get(template);
  if (parts) return parts;
  const out: string[] = [];
  let literal = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    let end = open + 1;
    while (end < template.length && isWordChar(template.charCodeAt(end))) end++;
    if (end > open + 1 && template.charCodeAt(end) === 125 /* } */) {
      out.push(literal + template.slice(i, open), template.slice(open + 1, end));
      literal = '';
      i = end + 1;
    } else {
      literal += template.slice(i, open + 1);
      i = open + 1;
    }
  }
  out.push(literal + template.slice(i));
  parts = out;
  // Templates are the rules' and the UI's own texts, a bounded set; the bound only guards misuse.
  if (compiled.size > 4096) compiled.clear();
  compiled.set(template, parts);
  return parts;
}

/** Fills `{name}` placeholders for one language; an unknown placeholder is left as written so tests notice it. */
export function formatMessage(template: string, params: Params = {}, lang: Lang = 'zh-CN'): string {
  const parts = compile(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    const value = params[key];
    if (value === undefined) out += `{${key}}`;
    else out += typeof value === 'object' ? `${value[lang]}` : String(value);
    out += parts[i + 1]!;
  }
  return out;
}

/** The placeholder names a template uses. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}
