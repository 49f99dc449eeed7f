/**
 * Errors injected into a clean base, one at a time, each with the diagnostics it must produce and where.
 *
 * An injection edits the base (Simplified, LF, leading-pipe tables) and puts a marker character right after the
 * text that must carry each expected diagnostic (the changed cell, the total, the label, the heading, the prose).
 * The layout and encoding variants are applied with the markers in place, so the expected line is found in the
 * variant as written; the markers are then removed (which moves no line) before the report is checked.
 */
import { parseReport } from '../../../server/src/core/parse';
import type { Base } from './bases';

/** Marker characters (private use): one per distinct expected location. */
export const MARKERS = ['\uE001', '\uE002', '\uE003'] as const;
const [M1] = MARKERS;

export interface Expectation {
  code: string;
  /** The marker whose line the diagnostic starts on. */
  marker: string;
}

export interface Traits {
  /** The layout drops empty cells (cell followed by ` |`, lone `|` row openers, blank-line separated cells). */
  dropsEmptyCells: boolean;
  /** One cell per line (every layout but the pipe rows). */
  cellPerLine: boolean;
  /** Every digit of the report is full-width. */
  fullWidthDigits: boolean;
}

export interface Injected {
  text: string;
  expect: Expectation[];
  /** Other codes this injection may add (warnings only; errors never), with the reason. */
  allow?: string[];
}

export interface Injection {
  name: string;
  appliesTo?(base: Base, traits: Traits): boolean;
  inject(base: Base, traits: Traits): Injected;
}

// --- Editing a pipe-layout base -------------------------------------------------------------------------------

const NUMBER = /^\d+(?:\.\d+)?$/;
const HEADING = /^([一二三四五六])[、,，.．]/;

/** Label text compared without spaces, with half-width brackets and `1.` numbering (reports write `1、`, `（1）` too). */
const key = (text: string): string =>
  text.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '').replace(/^(\d+)、/, '$1.').replace(/^\((\d+)\)/, '$1.');

function cellsOf(line: string): string[] {
  const cells = line.trim().split('|');
  cells.shift();
  if (line.trim().endsWith('|')) cells.pop();
  return cells;
}

const rowText = (cells: string[]): string => `|${cells.join('|')}|`;

/** Index of the first line after `from` for which test holds, or throws. */
function findLine(lines: string[], test: (line: string) => boolean, from = 0, what = 'line'): number {
  for (let i = from; i < lines.length; i++) if (test(lines[i]!)) return i;
  throw new Error(`injection: no ${what}`);
}

const bodyStart = (lines: string[]): number => findLine(lines, (line) => /^一[、,，.．]/.test(line), 0, 'section 一');

function headingLine(lines: string[], numeral: string): number {
  return findLine(lines, (line) => HEADING.exec(line)?.[1] === numeral, bodyStart(lines), `heading ${numeral}`);
}

/** The table row (a pipe line after section 一) whose label cells match. */
function rowIndex(lines: string[], label: RegExp, occurrence = 0): number {
  let seen = 0;
  return findLine(
    lines,
    (line) => line.trimStart().startsWith('|') && cellsOf(line).some((cell) => label.test(key(cell))) && seen++ === occurrence,
    bodyStart(lines),
    `row ${label}`,
  );
}

/** Indexes of a row's value cells. */
const valueCells = (cells: string[]): number[] => cells.flatMap((cell, index) => (NUMBER.test(cell.trim()) ? [index] : []));

interface Edit {
  lines: string[];
  row: number;
  cells: string[];
  values: number[];
}

function editRow(text: string, label: RegExp, change: (edit: Edit) => void, occurrence = 0): string {
  const lines = text.split('\n');
  const row = rowIndex(lines, label, occurrence);
  const cells = cellsOf(lines[row]!);
  change({ lines, row, cells, values: valueCells(cells) });
  lines[row] = rowText(cells);
  return lines.join('\n');
}

const num = (cell: string): number => Number(cell.trim());
const setCell = (cells: string[], index: number, value: string, marker = ''): void => {
  cells[index] = ` ${value}${marker} `;
};

/** Adds delta to the n-th value of a row (marking it), optionally to its total (the last value) as well. */
function changeValue(text: string, label: RegExp, n: number, delta: number, options: { alsoTotal?: boolean; markTotal?: boolean } = {}): string {
  return editRow(text, label, ({ cells, values }) => {
    const index = values[n]!;
    setCell(cells, index, String(num(cells[index]!) + delta), options.markTotal ? '' : M1);
    if (options.alsoTotal) {
      const total = values[values.length - 1]!;
      setCell(cells, total, String(num(cells[total]!) + delta), M1);
    }
  });
}

/** Value n of the first row matching label. */
function valueOf(text: string, label: RegExp, n: number): number {
  const lines = text.split('\n');
  const cells = cellsOf(lines[rowIndex(lines, label)]!);
  return num(cells[valueCells(cells)[n]!]!);
}

/** The table-3 row: a pipe line with fifteen numbers. */
const TABLE3_ROW = /^\|(?:\s*\d+\s*\|){15}/;

function changeTable3(text: string, index: number, markIndex: number): string {
  const lines = text.split('\n');
  const row = findLine(lines, (line) => TABLE3_ROW.test(line), bodyStart(lines), 'table-3 row');
  const cells = cellsOf(lines[row]!);
  const values = valueCells(cells);
  cells[values[index]!] = ` ${num(cells[values[index]!]!) + 1}${index === markIndex ? M1 : ''} `;
  if (markIndex !== index) cells[values[markIndex]!] = `${cells[values[markIndex]!]!.trimEnd()}${M1} `;
  lines[row] = rowText(cells);
  return lines.join('\n');
}

/** Section n (一…六): its heading line and the line after its last line. */
function sectionRange(lines: string[], numeral: string): [number, number] {
  const start = headingLine(lines, numeral);
  let end = start + 1;
  while (end < lines.length && !HEADING.test(lines[end]!)) end++;
  return [start, end];
}

const mark = (line: string, marker = M1): string => `${line}${marker}`;

/** A line at the end of section 一's body. */
function addToOverview(text: string, sentence: string): string {
  const lines = text.split('\n');
  const [, end] = sectionRange(lines, '一');
  lines.splice(end, 0, sentence);
  return lines.join('\n');
}

const table3Sum = (text: string, group: number): number => {
  const lines = text.split('\n');
  const cells = cellsOf(lines[findLine(lines, (line) => TABLE3_ROW.test(line), bodyStart(lines))]!);
  return num(cells[valueCells(cells)[group * 5 + 4]!]!);
};

// --- The injections ---------------------------------------------------------------------------------------------

const T2 = {
  new: /一、本年新收/,
  carriedIn: /二、上年结转/,
  disclosed: /^\(一\)予以公开/,
  partial: /^\(二\)部分公开/,
  total: /^\(七\)总计/,
  carriedOut: /四、结转下年度/,
};

export const INJECTIONS: readonly Injection[] = [
  // Table 2: one cell changed. A part breaks its row's 总计 and its column's sum at once: GR304 on that cell.
  { name: 't2: 予以公开·自然人 changed', inject: ({ text }) => ({ text: changeValue(text, T2.disclosed, 0, 1), expect: [{ code: 'GR304', marker: M1 }] }) },
  { name: 't2: 本年新收·科研机构 changed', inject: ({ text }) => ({ text: changeValue(text, T2.new, 2, 3), expect: [{ code: 'GR304', marker: M1 }] }) },
  { name: 't2: 结转下年度·其他 changed', inject: ({ text }) => ({ text: changeValue(text, T2.carriedOut, 5, 1), expect: [{ code: 'GR304', marker: M1 }] }) },
  // A row's 总计 changed: the row total is blamed (GR301); a cell of （七）总计 changed: the result total (GR302).
  { name: 't2: 部分公开·总计 changed', inject: ({ text }) => ({ text: changeValue(text, T2.partial, 6, 2), expect: [{ code: 'GR301', marker: M1 }] }) },
  { name: 't2: （七）总计·自然人 changed', inject: ({ text }) => ({ text: changeValue(text, T2.total, 0, 1), expect: [{ code: 'GR302', marker: M1 }] }) },
  {
    // Both the applicant cell and the row total of （七）: the row holds, its two columns do not.
    name: 't2: （七）总计 row changed consistently',
    inject: ({ text }) => ({
      text: editRow(text, T2.total, ({ cells, values }) => {
        setCell(cells, values[0]!, String(num(cells[values[0]!]!) + 1), M1);
        setCell(cells, values[6]!, String(num(cells[values[6]!]!) + 1), MARKERS[1]);
      }),
      expect: [{ code: 'GR302', marker: M1 }, { code: 'GR302', marker: MARKERS[1] }],
    }),
  },
  {
    // 上年结转 and its total up by one: only the balance fails. Which of its four rows is wrong cannot be told; the
    // documented place is 四、结转下年度继续办理 (GR303, the other three rows as related locations).
    name: 't2: balance broken (上年结转 row changed consistently)',
    inject: ({ text }) => {
      const changed = editRow(text, T2.carriedIn, ({ cells, values }) => {
        setCell(cells, values[0]!, String(num(cells[values[0]!]!) + 1));
        setCell(cells, values[6]!, String(num(cells[values[6]!]!) + 1));
      });
      return {
        text: editRow(changed, T2.carriedOut, ({ cells, values }) => {
          cells[values[0]!] = `${cells[values[0]!]!.trimEnd()}${M1} `;
          cells[values[6]!] = `${cells[values[6]!]!.trimEnd()}${MARKERS[1]} `;
        }),
        expect: [{ code: 'GR303', marker: M1 }, { code: 'GR303', marker: MARKERS[1] }],
        // 001's prose states 上年度结转0件, now contradicted by the table.
        allow: ['GR401'],
      };
    },
  },

  // Table 3.
  { name: 't3: 行政复议·总计 changed', inject: ({ text }) => ({ text: changeTable3(text, 4, 4), expect: [{ code: 'GR305', marker: M1 }] }) },
  {
    // A part changed: the group's 总计 is reported (one equation cannot tell the part from the total).
    name: 't3: 复议后起诉·结果维持 changed',
    inject: ({ text }) => ({ text: changeTable3(text, 10, 14), expect: [{ code: 'GR305', marker: M1 }] }),
  },

  // Sections.
  {
    name: 'section 四 missing',
    inject: ({ text }) => {
      const lines = text.split('\n');
      const [start, end] = sectionRange(lines, '四');
      lines.splice(start, end - start);
      lines[headingLine(lines, '五')] = mark(lines[headingLine(lines, '五')]!);
      return { text: lines.join('\n'), expect: [{ code: 'GR101', marker: M1 }] };
    },
  },
  {
    name: 'sections 五 and 六 swapped',
    inject: ({ text }) => {
      const lines = text.split('\n');
      const [start5, end5] = sectionRange(lines, '五');
      const [start6, end6] = sectionRange(lines, '六');
      const five = lines.slice(start5, end5);
      five[0] = mark(five[0]!);
      const six = lines.slice(start6, end6);
      lines.splice(start5, end6 - start5, ...six, ...five);
      return { text: lines.join('\n'), expect: [{ code: 'GR102', marker: M1 }] };
    },
  },
  {
    name: 'section 六 duplicated',
    inject: ({ text }) => {
      const lines = text.split('\n');
      const [start, end] = sectionRange(lines, '六');
      const copy = lines.slice(start, end);
      copy[0] = mark(copy[0]!);
      lines.splice(end, 0, ...copy);
      return { text: lines.join('\n'), expect: [{ code: 'GR103', marker: M1 }] };
    },
  },
  {
    name: 'heading 三 with a doubled separator',
    inject: ({ text }) => {
      const lines = text.split('\n');
      const line = headingLine(lines, '三');
      lines[line] = mark(lines[line]!.replace(/^三[、,，.．]+/, '三,、'));
      return { text: lines.join('\n'), expect: [{ code: 'GR104', marker: M1 }] };
    },
  },
  {
    name: 'heading 二 worded differently',
    inject: ({ text }) => {
      const lines = text.split('\n');
      const line = headingLine(lines, '二');
      lines[line] = mark('二、政府信息主动公开情况');
      return { text: lines.join('\n'), expect: [{ code: 'GR104', marker: M1 }] };
    },
  },

  // Tables.
  {
    name: 'table 3 missing',
    inject: ({ text }) => {
      const lines = text.split('\n');
      const [start, end] = sectionRange(lines, '四');
      lines.splice(start + 1, end - start - 1, '本年度无行政复议、行政诉讼情况。');
      lines[start] = mark(lines[start]!);
      return { text: lines.join('\n'), expect: [{ code: 'GR110', marker: M1 }], allow: ['GR402'] };
    },
  },
  {
    name: 'table 2 row removed',
    inject: ({ text }) => {
      const lines = text.split('\n');
      // A sub-row of （三）不予公开 after the first (which carries the group label), all zeros: no sum changes.
      const group = rowIndex(lines, /^\(三\)不予公开$/);
      const allZero = (line: string): boolean => valueCells(cellsOf(line)).every((index) => num(cellsOf(line)[index]!) === 0);
      const row = findLine(lines, (line) => /^[2-7]\./.test(key(cellsOf(line).find((cell) => cell.trim() !== '') ?? '')) && allZero(line), group + 1, 'zero row');
      lines.splice(row, 1);
      const cells = cellsOf(lines[row]!);
      const label = cells.findIndex((cell) => cell.trim() !== '');
      cells[label] = `${cells[label]!.trimEnd()}${M1} `;
      lines[row] = rowText(cells);
      return { text: lines.join('\n'), expect: [{ code: 'GR111', marker: M1 }] };
    },
  },
  {
    name: 'table 3 label 其他结果 written 驳回申请',
    inject: ({ text }) => {
      const lines = text.split('\n');
      // 001 and 002 publish the header cut short (`结果 | 其他 | 尚未`): the word is 其他 there.
      const row = findLine(
        lines,
        (line) => line.trimStart().startsWith('|') && cellsOf(line).some((cell) => /^其他(结果)?$/.test(key(cell))),
        headingLine(lines, '四'),
        'table-3 header',
      );
      const cells = cellsOf(lines[row]!);
      cells[cells.findIndex((cell) => /^其他(结果)?$/.test(key(cell)))] = ` 驳回申请${M1} `;
      lines[row] = rowText(cells);
      return { text: lines.join('\n'), expect: [{ code: 'GR113', marker: M1 }] };
    },
  },
  {
    name: 'table 1 label 行政规范性文件 written 规范性文件',
    appliesTo: (base) => !base.format2019,
    inject: ({ text }) => ({
      text: editRow(text, /^行政规范性文件$/, ({ cells }) => {
        cells[cells.findIndex((cell) => key(cell) === '行政规范性文件')] = ` 规范性文件${M1} `;
      }),
      expect: [{ code: 'GR113', marker: M1 }],
    }),
  },
  {
    name: 'table 2 label 部分公开 without its note',
    inject: ({ text }) => ({
      text: editRow(text, T2.partial, ({ cells }) => {
        cells[cells.findIndex((cell) => T2.partial.test(key(cell)))] = ` （二）部分公开${M1} `;
      }),
      expect: [{ code: 'GR113', marker: M1 }],
    }),
  },
  {
    name: 'table 1 block header 第二十条第（五）项 lost',
    inject: ({ text }, traits) => ({
      // Where empty cells are dropped, the empty header row is not written at all: GR114 is on the block's column
      // header row (信息内容 …), its first line.
      text: editRow(text, /^第二十条第\(五\)项$/, ({ lines, row, cells }) => {
        cells.fill(' ');
        if (traits.dropsEmptyCells) lines[row + 1] = lines[row + 1]!.replace('信息内容', `信息内容${M1}`);
        else cells[0] = ` ${M1} `;
      }),
      expect: [{ code: 'GR114', marker: M1 }],
    }),
  },

  // Values.
  {
    name: 'table 1 value with decimals (行政许可 1.5)',
    inject: ({ text }) => ({
      text: editRow(text, /^行政许可$/, ({ cells, values }) => setCell(cells, values[values.length - 1]!, '1.5', M1)),
      expect: [{ code: 'GR201', marker: M1 }],
    }),
  },
  {
    name: 'table 1 value negative (行政处罚 -3)',
    inject: ({ text }) => ({
      text: editRow(text, /^行政处罚$/, ({ cells, values }) => setCell(cells, values[0]!, '-3', M1)),
      expect: [{ code: 'GR201', marker: M1 }],
    }),
  },
  {
    name: 'table 3 value not a number (若干)',
    inject: ({ text }) => {
      const lines = text.split('\n');
      const row = findLine(lines, (line) => TABLE3_ROW.test(line), bodyStart(lines));
      const cells = cellsOf(lines[row]!);
      cells[valueCells(cells)[1]!] = ` 若干${M1} `;
      lines[row] = rowText(cells);
      return { text: lines.join('\n'), expect: [{ code: 'GR201', marker: M1 }] };
    },
  },
  {
    name: 'table 1 value in full-width digits',
    // With every digit full-width the table's GR203 starts at its first value, not at this one.
    appliesTo: (_, traits) => !traits.fullWidthDigits,
    inject: ({ text }) => ({
      text: editRow(text, /^行政强制$/, ({ cells, values }) => {
        const index = values[values.length - 1]!;
        const value = cells[index]!.trim().replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
        cells[index] = ` ${value}${M1} `;
      }),
      expect: [{ code: 'GR203', marker: M1 }],
    }),
  },
  {
    name: 'table 1 row with an extra value cell',
    inject: ({ text }, traits) => ({
      // One cell per line, a row's cells are only known by where its label and the next row's begin: a row with
      // a cell too many or too few is one that cannot be aligned (GR116, once per table, naming the row's label).
      text: editRow(text, /^行政许可$/, ({ cells, values }) => {
        const last = values[values.length - 1]!;
        if (traits.cellPerLine) cells[values[0]! - 1] = `${cells[values[0]! - 1]!.trimEnd()}${M1} `;
        cells.splice(last + 1, 0, ` 7${traits.cellPerLine ? '' : M1} `);
      }),
      expect: [{ code: traits.cellPerLine ? 'GR116' : 'GR115', marker: M1 }],
    }),
  },
  {
    // In a padded pipe grid the row keeps its trailing empty cells: narrower than the grid, it lost a cell (GR115),
    // not a blank 现行有效件数.
    name: 'table 1 row with a value cell missing',
    inject: ({ text }, traits) => ({
      text: editRow(text, /^规章$/, ({ cells, values }) => {
        cells.splice(values[1]!, 1);
        cells[values[0]! - 1] = `${cells[values[0]! - 1]!.trimEnd()}${M1} `;
      }),
      expect: [{ code: traits.cellPerLine ? 'GR116' : 'GR115', marker: M1 }],
    }),
  },
  {
    name: 'table 2 row with a value cell missing',
    inject: ({ text }, traits) => ({
      text: editRow(text, /^2\.重复申请$/, ({ cells, values }) => {
        cells.splice(values[3]!, 1);
        cells[values[0]! - 1] = `${cells[values[0]! - 1]!.trimEnd()}${M1} `;
      }),
      expect: [{ code: traits.cellPerLine ? 'GR116' : 'GR115', marker: M1 }],
    }),
  },

  // Prose and metadata.
  {
    name: 'prose: application count contradicts table 2',
    inject: ({ text }) => ({
      text: addToOverview(text, mark(`本年度共收到政府信息公开申请${valueOf(text, T2.new, 6) + 5}件。`)),
      expect: [{ code: 'GR401', marker: M1 }],
    }),
  },
  {
    name: 'prose: 行政复议 count contradicts table 3',
    inject: ({ text }) => ({
      text: addToOverview(text, mark(`本年度被申请行政复议${table3Sum(text, 0) + 2}件。`)),
      expect: [{ code: 'GR402', marker: M1 }],
    }),
  },
  {
    name: 'statistics period of another year than the title',
    // 002 states no statistics period, 004 (a web page's text) has no title: nothing to compare.
    appliesTo: (base) => {
      const { preamble } = parseReport(base.text);
      return preamble.titleYear !== undefined && preamble.period !== undefined;
    },
    inject: ({ text }) => {
      const lines = text.split('\n');
      const line = findLine(lines, (candidate) => /统计期限/.test(candidate) && /\d{4}年/.test(candidate), 0, 'statistics period');
      lines[line] = lines[line]!.replace(/(统计期限[^0-9]*)(\d{4})年/, (_, before: string, year: string) => `${before}${Number(year) - 1}年${M1}`);
      return { text: lines.join('\n'), expect: [{ code: 'GR404', marker: M1 }] };
    },
  },
  {
    name: 'published after both deadlines of article 49 (15 April of the following year)',
    appliesTo: (base) => parseReport(base.text).year !== undefined,
    inject: ({ text }) => {
      const year = parseReport(text).year!;
      return { text: `${mark(`发布日期：${year + 1}-04-15`)}\n${text}`, expect: [{ code: 'GR407', marker: M1 }] };
    },
  },
  {
    name: '总体情况 narrating last year (a sentence kept from last year\'s report)',
    appliesTo: (base) => parseReport(base.text).year !== undefined,
    inject: ({ text }) => {
      const year = parseReport(text).year!;
      return { text: addToOverview(text, mark(`${year - 1}年，本机关持续推进政务公开工作。`)), expect: [{ code: 'GR408', marker: M1 }] };
    },
  },
  {
    name: 'section 六 without 信息处理费',
    inject: ({ text }) => {
      const lines = text.split('\n');
      const [start, end] = sectionRange(lines, '六');
      lines.splice(start, end - start, mark(lines[start]!), '无其他需要报告的事项。');
      return { text: lines.join('\n'), expect: [{ code: 'GR405', marker: M1 }] };
    },
  },
  {
    name: 'government report: 五 without 工作考核、社会评议和责任追究',
    appliesTo: (base) => base.government,
    inject: ({ text }) => {
      const lines = text.split('\n');
      const [start, end] = sectionRange(lines, '五');
      const body = lines.slice(start + 1, end).filter((line) => !/考核|评议|责任追究|追责|问责/.test(line));
      lines.splice(start, end - start, mark(lines[start]!), ...body);
      return { text: lines.join('\n'), expect: [{ code: 'GR406', marker: M1 }] };
    },
  },
];
