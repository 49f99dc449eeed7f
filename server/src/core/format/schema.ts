/** Shapes of the format data. The data itself lives beside this file, one file per table. */

export interface LabelSpec {
  /** Stable id, used by rules, hovers and tests. */
  id: string;
  /** The standard label, as the format publishes it (Simplified). */
  label: string;
  /** Other wordings accepted silently (abbreviations seen in clean reports). */
  variants?: string[];
  /** Wordings that are understood but non-standard: reported with a fix to the standard label. */
  nonStandard?: string[];
  /** Key into the article map (format/articles.ts). */
  article?: string;
}

export interface ColumnSpec extends LabelSpec {
  /** 万元 amounts may carry decimals; every other cell is a count. */
  decimals?: boolean;
  /** 本年增/减 (2019 format) may be negative. */
  signed?: boolean;
}

export interface RowSpec extends LabelSpec {
  /** Group heading that precedes the item in the standard table, e.g. （三）不予公开 for its items. */
  group?: string;
  /** Numbering printed before the label in the standard table: 一、 （一） 1. */
  numbering?: string;
}

export interface BlockSpec {
  id: string;
  /** Article item the block reports on, e.g. 第二十条第（一）项. */
  header: string;
  article: string;
  columns: ColumnSpec[];
  rows: RowSpec[];
}

export interface Table1Spec {
  kind: 'table1';
  title: string;
  /** Caption of the row-label column in each block's column header row (信息内容 | 本年制发件数 …). */
  labelColumn: string;
  blocks: BlockSpec[];
}

export interface Table2Spec {
  kind: 'table2';
  title: string;
  /** Captions of the header rows above the applicant columns, as the format prints them. */
  header: {
    /** The corner cell: the table's balance rule in words. */
    balanceNote: string;
    /** Spans every applicant column. */
    applicants: string;
    /** Spans the organisation columns (商业企业 … 其他). */
    organisations: string;
  };
  /** Applicant columns, in order; the last one is the row total. */
  columns: ColumnSpec[];
  /** The column that must equal the sum of the others. */
  totalColumn: string;
  rows: RowSpec[];
  /** Rows whose sum is the result total. */
  resultRows: string[];
  resultTotalRow: string;
  /** balance.left summed equals balance.right summed, per column. */
  balance: { left: string[]; right: string[] };
  /** Group headings of the result rows, for labels and hovers. */
  groups: LabelSpec[];
}

export interface Table3Spec {
  kind: 'table3';
  title: string;
  groups: LabelSpec[];
  /** The five columns of each group, the last one is the group total. */
  columns: ColumnSpec[];
  totalColumn: string;
}

export interface FormatEdition {
  /** '2021' is the current format; '2019' the one it replaced. */
  id: '2019' | '2021';
  name: string;
  table1: Table1Spec;
  table2: Table2Spec;
  table3: Table3Spec;
}
