import { isoDate, publicationDeadline, publicationTiming } from '../analysis/agency';
import type { CheckResult } from '../check';
import { ARTICLES } from '../format/articles';
import type { LabelSpec, RowSpec } from '../format/schema';
import { SECTIONS } from '../format/sections';
import type { Cell, Preamble, Section, Span, Table1, Table2, Table3 } from '../model';
import { articleEntriesFor, articleReferenceAt } from './articleReferences';
import { articleMarkdown, articleMarkdownByKey, joinBlocks, SUMMARY_NOTICE } from './markdown';
import { compactLabel, foldedLabel, spanContains } from './spans';
import { editionOf, totalsOf, type TotalCheck } from './totals';

export interface HoverInfo {
  /** Chinese markdown. */
  markdown: string;
  span: Span;
}

/** How many article entries a citation hover lists at most; an article such as 第三十六条 has many items. */
const MAX_CITED_ENTRIES = 4;

function withNotice(markdown: string): string {
  return `${markdown}\n\n${SUMMARY_NOTICE}`;
}

function formatNumber(value: number): string {
  return String(value);
}

function totalMarkdown(checks: TotalCheck[]): string {
  return checks
    .map((check) => {
      const verdict = check.agrees ? '✓ 一致' : `✗ 不一致（填报 ${formatNumber(check.stated)}，应为 ${formatNumber(check.computed)}）`;
      const nonZero = check.parts.filter((part) => part.value !== 0);
      const zeroCount = check.parts.length - nonZero.length;
      const partsLine = nonZero.map((part) => `${part.label} ${formatNumber(part.value)}`).join(' + ') || '0';
      const zeroNote = zeroCount > 0 && nonZero.length > 0 ? `（其余 ${zeroCount} 项为 0）` : zeroCount > 0 ? `（${zeroCount} 项均为 0）` : '';
      return [
        `**${check.name}** 应等于${check.rule}`,
        '',
        `填报：${formatNumber(check.stated)}　计算：${formatNumber(check.computed)}　${verdict}`,
        '',
        `= ${partsLine}${zeroNote}`,
      ].join('\n');
    })
    .join('\n\n---\n\n');
}

function rowMarkdown(tableName: string, row: RowSpec): string {
  // The article map says what head rows count; result rows all count requests closed with that result.
  const counts = row.group ? `\n\n本行统计办理结果为“${row.label}”的申请件数，按申请人类别分列。` : '';
  return joinBlocks([`**${tableName} · ${row.numbering ?? ''}${row.label}**${counts}`, articleMarkdownByKey(row.article)]);
}

function groupMarkdown(tableName: string, group: LabelSpec): string {
  return joinBlocks([`**${tableName} · ${group.label}**`, articleMarkdownByKey(group.article)]);
}

function findGroup(groups: readonly LabelSpec[], cell: Cell): LabelSpec | undefined {
  const key = foldedLabel(cell.text);
  const unnumbered = (label: string) => foldedLabel(label).replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/, '');
  return (
    groups.find((group) => foldedLabel(group.label) === key || (group.variants ?? []).some((variant) => foldedLabel(variant) === key)) ??
    groups.find((group) => key.includes(unnumbered(group.label)) && unnumbered(group.label).length > 0)
  );
}

function table1Hover(table: Table1, result: CheckResult, offset: number): HoverInfo | undefined {
  const spec = editionOf(result.model).table1;
  for (const block of table.blocks) {
    const blockSpec = spec.blocks.find((candidate) => candidate.id === block.blockId);
    if (!blockSpec) continue;
    if (block.header && spanContains(block.header.span, offset)) {
      const rows = blockSpec.rows.map((row) => row.label).join('、');
      const columns = blockSpec.columns.map((column) => column.label).join('、');
      const intro = `**表一 · ${blockSpec.header}**\n\n本块的行：${rows}；列：${columns}。`;
      return { markdown: withNotice(joinBlocks([intro, articleMarkdownByKey(blockSpec.article)])), span: block.header.span };
    }
    for (const row of block.rows) {
      const rowSpec = blockSpec.rows.find((candidate) => candidate.id === row.rowId);
      if (rowSpec && spanContains(row.labelSpan, offset)) {
        const intro = `**表一 · ${blockSpec.header} · ${rowSpec.label}**`;
        return { markdown: withNotice(joinBlocks([intro, articleMarkdownByKey(rowSpec.article)])), span: row.labelSpan };
      }
    }
  }
  return undefined;
}

function table2Hover(table: Table2, result: CheckResult, offset: number): HoverInfo | undefined {
  const spec = editionOf(result.model).table2;
  for (const row of table.rows) {
    const rowSpec = spec.rows.find((candidate) => candidate.id === row.rowId);
    if (rowSpec && spanContains(row.labelSpan, offset)) {
      return { markdown: withNotice(rowMarkdown('表二', rowSpec)), span: row.labelSpan };
    }
    for (const cell of row.labelCells) {
      if (!spanContains(cell.span, offset)) continue;
      const group = findGroup(spec.groups, cell);
      if (group) return { markdown: withNotice(groupMarkdown('表二', group)), span: cell.span };
    }
  }
  for (const cell of table.headerCells) {
    if (!spanContains(cell.span, offset)) continue;
    const column = spec.columns.find((candidate) => foldedLabel(candidate.label) === foldedLabel(cell.text));
    if (column) {
      const meaning = column.id === spec.totalColumn ? '本列为前六列之和。' : `本列统计申请人为“${column.label}”的申请。`;
      return { markdown: `**表二 · ${column.label}**\n\n${meaning}`, span: cell.span };
    }
  }
  return undefined;
}

function table3Hover(table: Table3, result: CheckResult, offset: number): HoverInfo | undefined {
  const spec = editionOf(result.model).table3;
  for (const label of table.columnLabels) {
    if (!spanContains(label.cell.span, offset)) continue;
    const column = spec.columns.find((candidate) => candidate.id === label.columnId);
    if (!column) continue;
    const standard = label.kind === 'nonStandard' ? `\n\n标准列名为“${column.label}”。` : '';
    const meaning = column.id === spec.totalColumn ? '本组的总计，应等于前四列之和。' : `本组中结果为“${column.label}”的案件数。`;
    const markdown = joinBlocks([`**表三 · ${column.label}**\n\n${meaning}${standard}`, articleMarkdownByKey(column.article ?? 'appeals')]);
    return { markdown: withNotice(markdown), span: label.cell.span };
  }
  for (const cell of table.headerCells) {
    if (!spanContains(cell.span, offset)) continue;
    const group = findGroup(spec.groups, cell);
    if (group) return { markdown: withNotice(groupMarkdown('表三', group)), span: cell.span };
    if (compactLabel(cell.text) === '行政诉讼') {
      const groups = spec.groups.filter((candidate) => candidate.label.startsWith('行政诉讼'));
      const intro = `**表三 · 行政诉讼**\n\n分为${groups.map((candidate) => `“${candidate.variants?.[0] ?? candidate.label}”`).join('和')}两组。`;
      return { markdown: withNotice(joinBlocks([intro, articleMarkdownByKey('appeals')])), span: cell.span };
    }
  }
  return undefined;
}

function sectionHover(section: Section): HoverInfo {
  const spec = SECTIONS.find((candidate) => candidate.id === section.id)!;
  const position = SECTIONS.indexOf(spec) + 1;
  const lines = [`**${spec.numeral}、${spec.heading}**（第${spec.numeral}部分，共六部分）`, '', `本部分应包含：${spec.mustContain}`];
  if (section.headingMatch === 'different') lines.push('', `标准标题为“${spec.numeral}、${spec.heading}”。`);
  const article = position === 5 ? ARTICLES.assessment : ARTICLES.contents;
  return { markdown: withNotice(joinBlocks([lines.join('\n'), articleMarkdown(article)])), span: section.heading.span };
}

/** On the publication date: the deadline that applies to this report (article 49) and whether it was kept. */
function publishedHover(result: CheckResult, published: NonNullable<Preamble['published']>): HoverInfo {
  const lines = [`**发布日期 ${isoDate(published)}**`];
  const year = result.model.year;
  if (year !== undefined) {
    const deadline = publicationDeadline(result.model, result.config, year);
    const timing = publicationTiming(published, year, deadline);
    const verdict =
      timing === 'beforeYearEnd' ? `　✗ 早于 ${year} 年度结束` : timing === 'late' ? '　✗ 晚于期限' : deadline.due ? '　✓ 按期公布' : '';
    const due = `${year} 年度报告的公布期限：${deadline.due ? isoDate(deadline.due) : '没有规定'}${verdict}`;
    lines.push('', due, '', `${deadline.requirement}（${deadline.basis}）。`);
  }
  return { markdown: withNotice(joinBlocks([lines.join('\n'), articleMarkdown(ARTICLES.deadlines)])), span: published.span };
}

/** The hover at a UTF-16 offset: a total, a table label or header, a section heading, or a citation of the regulation. */
export function hoverAt(result: CheckResult, offset: number): HoverInfo | undefined {
  const totals = totalsOf(result, { start: offset, end: offset }).filter((check) => spanContains(check.cell.span, offset));
  if (totals.length > 0) return { markdown: totalMarkdown(totals), span: totals[0].cell.span };

  const { published } = result.model.preamble;
  if (published && spanContains(published.span, offset)) return publishedHover(result, published);

  for (const section of result.model.sections) {
    if (section.id && spanContains(section.heading.span, offset)) return sectionHover(section);
    if (!section.table || !spanContains(section.table.span, offset)) continue;
    const table = section.table;
    const hover =
      table.kind === 'table1' ? table1Hover(table, result, offset) : table.kind === 'table2' ? table2Hover(table, result, offset) : table3Hover(table, result, offset);
    if (hover) return hover;
  }

  const reference = articleReferenceAt(result.text, offset);
  if (reference) {
    const entries = articleEntriesFor(reference.article, reference.item).slice(0, MAX_CITED_ENTRIES);
    if (entries.length > 0) return { markdown: withNotice(joinBlocks(entries.map(articleMarkdown))), span: reference.span };
  }
  return undefined;
}
