/**
 * The report model: what the parser reads out of a report, with exact source ranges. Every offset is a UTF-16
 * offset into the ORIGINAL text (before normalisation), so ranges can be handed to an editor as they are.
 */
import type { SectionId } from './format/sections';
import type { OffsetMap } from './text/offsetMap';
import type { NormalizedText } from './text/normalize';

export interface Span {
  start: number;
  end: number;
}

/** One cell of a table as it appears in the text, whatever the layout. */
export interface Cell {
  /** Original text of the cell, trimmed. */
  raw: string;
  /** Normalised text (Simplified, half-width, glosses removed), trimmed. */
  text: string;
  span: Span;
}

export type ValueProblem =
  | 'empty' //       cell left blank where a number belongs
  | 'placeholder' // "/", "-", "—", "无"
  | 'notNumber' //   text that is not a number
  | 'negative'
  | 'decimal' //     a count written with decimals
  | 'fullWidth'; //  full-width digits (still read)

export interface ValueCell extends Cell {
  /** The number read (0 for empty and placeholder cells, which count as 0 in sums). */
  value: number;
  /** True when the cell holds a readable number. */
  readable: boolean;
  problems: readonly ValueProblem[];
  columnId: string;
}

/** A cell counts in a sum when it holds a number, or is empty or a placeholder (which count as 0). */
export function countsInSums(cell: ValueCell): boolean {
  return cell.readable || cell.problems.includes('empty') || cell.problems.includes('placeholder');
}

export interface LabelMatch {
  /** How the label matched: the standard wording, an accepted variant, a non-standard wording, or by position. */
  kind: 'standard' | 'variant' | 'nonStandard' | 'position';
}

export interface TableRow extends LabelMatch {
  /** The schema row id (format data), or undefined for a row nobody expected. */
  rowId?: string;
  /** Label cells (a row label may span several cells: 三、本年度办理结果 | （一）予以公开). */
  labelCells: Cell[];
  /** The part of the label that names this row (without group cells), normalised. */
  labelText: string;
  labelSpan?: Span;
  values: ValueCell[];
  /** Whole row. */
  span: Span;
  /** Set when the row's values could not be put in their columns (cells dropped). */
  unaligned?: boolean;
  /** Number of value cells found, when it differs from the number expected. */
  cellCount?: number;
}

export interface Table1Block {
  blockId?: string;
  /** The block header cell (第二十条第（一）项), absent when lost. */
  header?: Cell;
  /** Where the header should be (for a lost header: the row that stands there). */
  span: Span;
  rows: TableRow[];
  /** Column header cells, in order. */
  columnCells: Cell[];
}

export interface Table1 {
  kind: 'table1';
  span: Span;
  blocks: Table1Block[];
  layout: LayoutKind;
}

export interface Table2 {
  kind: 'table2';
  span: Span;
  headerCells: Cell[];
  rows: TableRow[];
  layout: LayoutKind;
}

export interface Table3Group {
  groupId: string;
  values: ValueCell[];
}

export interface Table3 {
  kind: 'table3';
  span: Span;
  headerCells: Cell[];
  /** Header cells recognised as column labels, with their column id, in order. */
  columnLabels: { columnId: string; cell: Cell; kind: LabelMatch['kind'] }[];
  groups: Table3Group[];
  /** All number cells found in order (15 when the table is complete). */
  valueCells: ValueCell[];
  unaligned?: boolean;
  layout: LayoutKind;
}

export type Table = Table1 | Table2 | Table3;

export type LayoutKind =
  | 'pipe' //          cells separated by |, one row a line
  | 'cellPerLine' //   one cell a line (tab-led, " |"-ended, or bare), rows by blank or "|" lines
  | 'spaced' //        a row's numbers separated by spaces on one line (PDF text)
  | 'none';

export interface SectionHeading {
  /** The numeral as written (一…六), normalised. */
  numeral: string;
  /** The heading text after the numeral and separator, normalised. */
  text: string;
  /** The separator as written between numeral and text (、 ， ,、 …). */
  separator: string;
  span: Span;
  /** Span of the heading text without numeral and separator. */
  textSpan: Span;
  line: number;
}

export interface Section {
  /** Matched standard section, or undefined for an unrecognised numbered heading. */
  id?: SectionId;
  heading: SectionHeading;
  /** Whether the heading text is the standard one, an accepted variant, or worded differently. */
  headingMatch: 'standard' | 'variant' | 'different';
  /** From the heading start to the start of the next section (or end of report body). */
  span: Span;
  /** Body: after the heading line. */
  bodySpan: Span;
  /** Prose lines of the section (not table lines), normalised text with their spans. */
  prose: ProseLine[];
  table?: Table;
}

export interface ProseLine {
  text: string;
  span: Span;
  /**
   * Where the line's characters lie in the original, when normalisation removed text inside it (pinyin glosses):
   * character k of `text` is at `offsets.map.originalOf(offsets.start + k)`. Absent when text maps 1:1 onto span.
   */
  offsets?: { readonly map: OffsetMap; readonly start: number };
}

export interface MetadataEntry {
  key: string;
  value: string;
  keySpan: Span;
  valueSpan: Span;
}

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface Preamble {
  title?: { text: string; span: Span };
  /** Agency named in the title (text before the year), normalised. */
  agency?: string;
  /** Year named in the title. */
  titleYear?: { year: number; span: Span };
  metadata: MetadataEntry[];
  /** 统计期限 …年1月1日至…年12月31日 */
  period?: { startYear: number; endYear: number; span: Span };
  /** The day the report was published, from its metadata (发布日期: | 2025-02-06 |, 发布时间：2025年1月20日); span: the date. */
  published?: CalendarDate & { span: Span };
  span: Span;
}

export interface ReportModel {
  /** Length of the original text. */
  length: number;
  preamble: Preamble;
  sections: Section[];
  /** Report year: title year, else statistics period. */
  year?: number;
  /** Which format the tables follow, as detected from the tables themselves. */
  edition: '2019' | '2021';
  /** True when the text contained Traditional characters (for the converter and hovers). */
  traditional: boolean;
  /** Line-end style of the original, for fixes that insert lines. */
  eol: '\n' | '\r\n' | '\r';
  /** The text the parser matched against, with its map to original offsets, for rules that read text it did not keep. */
  normalized: NormalizedText;
}
