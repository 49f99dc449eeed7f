import type { SectionId } from '../../server/src/core/format/sections';
import { checkReport, applyEdits, type Diagnostic, type GovreportConfig, type Position } from '../../server/src/core';

/**
 * A complete, clean 2021-format report in pipe layout, for rule tests. Every part can be overridden; the default
 * text gets no diagnostic at all (asserted in test/unit/rules/clean.test.ts), so each rule test changes exactly
 * what it is about.
 */
export interface ReportOptions {
  /** Title line; null leaves the title out. */
  title?: string | null;
  /** Metadata lines before the title (as a web page's 索引号 / 发布日期 block). */
  metadata?: string[];
  /** Sentence with the statistics period, in the preamble. */
  period?: string;
  /** Heading line per section; null leaves the whole section out. */
  headings?: Partial<Record<SectionId, string | null>>;
  /** Section order (default 一…六). */
  order?: SectionId[];
  overview?: string[];
  problems?: string[];
  other?: string[];
  /** Table 1 rows (text after the label), by row id; the block header per block id (null: an empty cell row). */
  table1?: Partial<Record<Table1RowId, string[]>>;
  table1Headers?: Partial<Record<'item1' | 'item5' | 'item6' | 'item8', string | null>>;
  table1Labels?: Partial<Record<Table1RowId, string>>;
  /** Table 2 values by row id (seven cells); labels by row id (the label cell of the row). */
  table2?: Partial<Record<string, string[]>>;
  table2Labels?: Partial<Record<string, string>>;
  /** Table 2 rows left out. */
  table2Omit?: string[];
  /** Extra table 2 rows (label and cells) after （七）总计. */
  table2Extra?: { label: string; cells: string[] }[];
  /** Table 3: the fifteen values; the 其他结果 header word of the first group. */
  table3?: string[];
  table3OtherLabel?: string;
  /** Tables in the 2019 format (table 1's other columns and 第二十条第（九）项; table 2's single （六）其他处理 row). */
  format2019?: boolean;
  /** Sections without their table. */
  noTable?: ('proactive' | 'requests' | 'appeals')[];
}

type Table1RowId = 'rules' | 'normativeDocs' | 'licensing' | 'penalty' | 'enforcement' | 'fees';

export const DEFAULT_TABLE1: Record<Table1RowId, string[]> = {
  rules: ['0', '0', '0'],
  normativeDocs: ['2', '1', '5'],
  licensing: ['10'],
  penalty: ['3'],
  enforcement: ['0'],
  fees: ['1.5'],
};

const ZERO = ['0', '0', '0', '0', '0', '0', '0'];

/** Consistent: every row total is the sum of its applicants, （七） the sum of the results, 6 + 1 = 6 + 1. */
export const DEFAULT_TABLE2: Record<string, string[]> = {
  new: ['5', '1', '0', '0', '0', '0', '6'],
  carriedIn: ['1', '0', '0', '0', '0', '0', '1'],
  disclosed: ['3', '1', '0', '0', '0', '0', '4'],
  partial: ['1', '0', '0', '0', '0', '0', '1'],
  'unable.notHeld': ['1', '0', '0', '0', '0', '0', '1'],
  resultTotal: ['5', '1', '0', '0', '0', '0', '6'],
  carriedOut: ['1', '0', '0', '0', '0', '0', '1'],
};

export const DEFAULT_TABLE3 = ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'];

const HEADINGS: Record<SectionId, string> = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

const TABLE2_ROWS: { id: string; cells: string[] }[] = [
  { id: 'new', cells: ['一、本年新收政府信息公开申请数量'] },
  { id: 'carriedIn', cells: ['二、上年结转政府信息公开申请数量'] },
  { id: 'disclosed', cells: ['三、本年度办理结果', '（一）予以公开'] },
  { id: 'partial', cells: ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）'] },
  { id: 'refused.secret', cells: ['（三）不予公开', '1.属于国家秘密'] },
  { id: 'refused.forbidden', cells: ['2.其他法律行政法规禁止公开'] },
  { id: 'refused.security', cells: ['3.危及“三安全一稳定”'] },
  { id: 'refused.thirdParty', cells: ['4.保护第三方合法权益'] },
  { id: 'refused.internal', cells: ['5.属于三类内部事务信息'] },
  { id: 'refused.process', cells: ['6.属于四类过程性信息'] },
  { id: 'refused.caseFile', cells: ['7.属于行政执法案卷'] },
  { id: 'refused.inquiry', cells: ['8.属于行政查询事项'] },
  { id: 'unable.notHeld', cells: ['（四）无法提供', '1.本机关不掌握相关政府信息'] },
  { id: 'unable.mustCreate', cells: ['2.没有现成信息需要另行制作'] },
  { id: 'unable.unclear', cells: ['3.补正后申请内容仍不明确'] },
  { id: 'notHandled.petition', cells: ['（五）不予处理', '1.信访举报投诉类申请'] },
  { id: 'notHandled.repeat', cells: ['2.重复申请'] },
  { id: 'notHandled.publication', cells: ['3.要求提供公开出版物'] },
  { id: 'notHandled.excessive', cells: ['4.无正当理由大量反复申请'] },
  { id: 'notHandled.confirm', cells: ['5.要求行政机关确认或重新出具已获取信息'] },
  { id: 'other.noCorrection', cells: ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'] },
  { id: 'other.noFee', cells: ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'] },
  { id: 'other.other', cells: ['3.其他'] },
  { id: 'resultTotal', cells: ['（七）总计'] },
  { id: 'carriedOut', cells: ['四、结转下年度继续办理'] },
];

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

/** The 2019 format's table 1, all zeros. */
const TABLE1_2019 = [
  row(['第二十条第（一）项', '', '', '']),
  row(['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']),
  row(['规章', '0', '0', '0']),
  row(['规范性文件', '0', '0', '0']),
  row(['第二十条第（五）项', '', '', '']),
  row(['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']),
  row(['行政许可', '0', '0', '0']),
  row(['其他对外管理服务事项', '0', '0', '0']),
  row(['第二十条第（六）项', '', '', '']),
  row(['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']),
  row(['行政处罚', '0', '0', '0']),
  row(['行政强制', '0', '0', '0']),
  row(['第二十条第（八）项', '', '', '']),
  row(['信息内容', '上一年项目数量', '本年增/减', '']),
  row(['行政事业性收费', '0', '0', '']),
  row(['第二十条第（九）项', '', '', '']),
  row(['信息内容', '采购项目数量', '采购总金额', '']),
  row(['政府集中采购', '0', '0', '']),
];

function table1(options: ReportOptions): string[] {
  if (options.format2019) return TABLE1_2019;
  const values = { ...DEFAULT_TABLE1, ...options.table1 };
  const labels: Record<Table1RowId, string> = {
    rules: '规章', normativeDocs: '行政规范性文件', licensing: '行政许可', penalty: '行政处罚', enforcement: '行政强制', fees: '行政事业性收费',
    ...options.table1Labels,
  };
  const header = (id: 'item1' | 'item5' | 'item6' | 'item8', standard: string): string => {
    const written = options.table1Headers?.[id] === undefined ? standard : options.table1Headers[id];
    return written === null ? '| | | | |' : `| ${written} | | | |`;
  };
  const line = (id: Table1RowId): string => row([labels[id], ...values[id]]);
  return [
    header('item1', '第二十条第（一）项'),
    row(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']),
    line('rules'),
    line('normativeDocs'),
    header('item5', '第二十条第（五）项'),
    row(['信息内容', '本年处理决定数量']),
    line('licensing'),
    header('item6', '第二十条第（六）项'),
    row(['信息内容', '本年处理决定数量']),
    line('penalty'),
    line('enforcement'),
    header('item8', '第二十条第（八）项'),
    row(['信息内容', '本年收费金额（单位：万元）']),
    line('fees'),
  ];
}

function table2(options: ReportOptions): string[] {
  const values = { ...DEFAULT_TABLE2, ...options.table2 };
  const lines = [
    row(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '', '', '', '', '', '']),
    row(['', '自然人', '法人或其他组织', '', '', '', '', '总计']),
    row(['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']),
  ];
  for (const spec of TABLE2_ROWS) {
    if (options.table2Omit?.includes(spec.id)) continue;
    if (options.format2019 && spec.id.startsWith('other.')) {
      if (spec.id === 'other.noCorrection') lines.push(row(['（六）其他处理', ...ZERO]));
      continue;
    }
    const label = options.table2Labels?.[spec.id];
    const labelCells = label === undefined ? spec.cells : [...spec.cells.slice(0, -1), label];
    lines.push(row([...labelCells, ...(values[spec.id] ?? ZERO)]));
    if (spec.id === 'resultTotal') for (const extra of options.table2Extra ?? []) lines.push(row([extra.label, ...extra.cells]));
  }
  return lines;
}

function table3(options: ReportOptions): string[] {
  const other = options.table3OtherLabel ?? '其他结果';
  return [
    row(['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', '']),
    row(['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', '']),
    row(['结果维持', '结果纠正', other, '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']),
    row(options.table3 ?? DEFAULT_TABLE3),
  ];
}

export function buildReport(options: ReportOptions = {}): string {
  const body: Record<SectionId, string[]> = {
    overview: options.overview ?? ['本年度共收到政府信息公开申请6件，上年结转1件，办结6件，结转下年度继续办理1件。', '本年度被申请行政复议1件，无行政诉讼。'],
    proactive: options.noTable?.includes('proactive') ? ['本年度主动公开情况见下。'] : table1(options),
    requests: options.noTable?.includes('requests') ? ['本年度申请情况见下。'] : table2(options),
    appeals: options.noTable?.includes('appeals') ? ['本年度复议诉讼情况见下。'] : table3(options),
    problems: options.problems ?? ['信息公开的及时性有待提高，下一步将加强培训。'],
    other: options.other ?? ['本年度未收取信息处理费。'],
  };
  const lines: string[] = [...(options.metadata ?? [])];
  if (options.title !== null) lines.push(options.title ?? '示例市示例局2024年政府信息公开工作年度报告');
  lines.push(options.period ?? '本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。');
  for (const id of options.order ?? (Object.keys(HEADINGS) as SectionId[])) {
    const heading = options.headings?.[id] === undefined ? HEADINGS[id] : options.headings[id];
    if (heading === null) continue;
    lines.push(heading, ...body[id]);
  }
  return lines.join('\n') + '\n';
}

/** The diagnostics of one rule. */
export function diagnosticsOf(code: string, text: string, config?: GovreportConfig, previousReportText?: string): Diagnostic[] {
  return checkReport(text, { config, previousReportText }).diagnostics.filter((diagnostic) => diagnostic.code === code);
}

/** Position of the n-th occurrence (0-based) of needle in text, and of its end. */
export function rangeOf(text: string, needle: string, occurrence = 0): { start: Position; end: Position } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return { start: positionAt(text, index), end: positionAt(text, index + needle.length) };
}

/** Range of the whole line holding the n-th occurrence of needle. */
export function lineRangeOf(text: string, needle: string, occurrence = 0): { start: Position; end: Position } {
  const { start } = rangeOf(text, needle, occurrence);
  const line = text.split('\n')[start.line];
  return { start: { line: start.line, character: 0 }, end: { line: start.line, character: line.length } };
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The text after applying one diagnostic's fix. */
export function applyFix(text: string, diagnostic: Diagnostic): string {
  if (!diagnostic.fix) throw new Error(`${diagnostic.code} has no fix`);
  return applyEdits(text, diagnostic.fix.edits);
}

/** Replaces the n-th occurrence of a string (for building a failing variant of the clean report). */
export function replaceNth(text: string, search: string, replacement: string, occurrence = 0): string {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(search, index + 1);
    if (index < 0) throw new Error(`"${search}" occurs fewer than ${occurrence + 1} times`);
  }
  return text.slice(0, index) + replacement + text.slice(index + search.length);
}

/**
 * Range of the trimmed content of the n-th cell (0-based, the text between two pipes) on the first line that
 * contains lineNeedle, in a pipe-layout report.
 */
export function cellRange(text: string, lineNeedle: string, cellIndex: number): { start: Position; end: Position } {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(lineNeedle));
  if (line < 0) throw new Error(`no line contains "${lineNeedle}"`);
  const cells = lines[line].split('|');
  // cells[0] is what precedes the leading pipe.
  let character = cells[0].length + 1;
  for (let i = 1; i < cellIndex + 1; i++) character += cells[i].length + 1;
  const cell = cells[cellIndex + 1];
  const leading = cell.length - cell.trimStart().length;
  return { start: { line, character: character + leading }, end: { line, character: character + leading + cell.trim().length } };
}

/** What rule tests compare: severity, message and range. */
export function view(diagnostic: Diagnostic): { severity: string; message: string; range: { start: Position; end: Position } } {
  return { severity: diagnostic.severity, message: diagnostic.message, range: diagnostic.range };
}
