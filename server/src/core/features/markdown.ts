import { ARTICLES, REGULATION_NAME, REGULATION_URL, type ArticleEntry } from '../format/articles';

/** Markdown of one article-map entry, marked as our summary and linked to the official text. */
export function articleMarkdown(entry: ArticleEntry): string {
  const lines = [`**${entry.cite === '—' ? '（无对应条文）' : `${REGULATION_NAME}${entry.cite}`}**`, '', `条文大意：${entry.summary}`];
  if (entry.meaning) lines.push('', entry.meaning);
  if (entry.note) lines.push('', `> 说明：${entry.note}`);
  return lines.join('\n');
}

export const SUMMARY_NOTICE = `*以上为条文大意的概括，不是条文原文。*[查看条例全文](${REGULATION_URL})`;

export function articleMarkdownByKey(key: string | undefined): string | undefined {
  const entry = key ? ARTICLES[key] : undefined;
  return entry ? articleMarkdown(entry) : undefined;
}

export function joinBlocks(blocks: (string | undefined)[]): string {
  return blocks.filter((block): block is string => block !== undefined && block.length > 0).join('\n\n---\n\n');
}
