import { ARTICLES, type ArticleEntry } from '../format/articles';
import type { Span } from '../model';
import { simplifiedCharOf } from '../text/convert';
import { foldedLabel } from './spans';

/** A citation of the regulation in the text, e.g. 《条例》第三十六条第（一）项. */
export interface ArticleReference {
  span: Span;
  /** 第三十六条 */
  article: string;
  /** （一）, when an item is cited. */
  item?: string;
}

/** 《中华人民共和国政府信息公开条例》 or its short forms, then 第…条 and optionally 第（…）项. */
const REFERENCE = /《(?:中华人民共和国)?(?:政府信息公开)?条例》\s*(第[一二三四五六七八九十百零〇]+条)(?:\s*第?\(([一二三四五六七八九十]+)\)项)?/g;

/** Article references on the line around `offset`. The line is folded character by character, so offsets stay put. */
export function articleReferenceAt(text: string, offset: number): ArticleReference | undefined {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = offset;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const line = text.slice(lineStart, lineEnd);
  // One UTF-16 unit in, one out: Simplified per character and half-width brackets keep every offset.
  const folded = Array.from(line, (ch) => (ch.length === 1 ? simplifiedCharOf(ch) : ch))
    .join('')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/條/g, '条')
    .replace(/項/g, '项');
  for (const match of folded.matchAll(REFERENCE)) {
    const start = lineStart + match.index!;
    const end = start + match[0].length;
    if (offset >= start && offset <= end) {
      return { span: { start, end }, article: match[1], item: match[2] ? `（${match[2]}）` : undefined };
    }
  }
  return undefined;
}

/**
 * The article map entries that a citation refers to, best first: the cited item exactly, then entries on that
 * article. A cite such as 第三十六条第（一）（二）项 is matched by 第三十六条 and by 第三十六条第（二）项.
 */
export function articleEntriesFor(article: string, item?: string): ArticleEntry[] {
  const scored: { entry: ArticleEntry; score: number }[] = [];
  for (const entry of Object.values(ARTICLES)) {
    const cite = foldedLabel(entry.cite);
    const at = cite.indexOf(article);
    if (at < 0) continue;
    const rest = cite.slice(at + article.length);
    const itemKey = item ? foldedLabel(item) : undefined;
    const citesItem = itemKey !== undefined && /^第(\([一二三四五六七八九十]+\))+项/.test(rest) && rest.slice(0, rest.indexOf('项')).includes(itemKey);
    let score = 1;
    if (cite === article) score = 3;
    if (citesItem) score = 4;
    else if (itemKey !== undefined && rest.startsWith('第(')) score = 0;
    scored.push({ entry, score });
  }
  const unique = new Map<string, ArticleEntry>();
  for (const { entry } of scored.filter(({ score }) => score > 0).sort((a, b) => b.score - a.score)) {
    if (!unique.has(entry.summary)) unique.set(entry.summary, entry);
  }
  return [...unique.values()];
}
