/**
 * Generated clean bases for the held-out matrix: reports the seeds do not cover — other agencies (人民政府, bare
 * division names, 局, 委员会, 办公室, 厅), other years (2020–2025), number magnitudes (all zeros, tens, thousands),
 * heading and table-label variants the format accepts, other phrasings of the prose, the 2019 format for a 2020
 * report and for a 2021+ one.
 *
 * Everything is written from the format's data (server/src/core/format): sections, the editions' table schemas and
 * labels, the standard table-2 label cells. Numbers are pseudo-random (a seeded generator: the same bases every run)
 * but consistent — table 2: every row's 总计 is the sum of its six applicant columns, （七）总计 the sum of the
 * result rows per column, 一 + 二 = 三（七） + 四 per column; table 3: each group's 总计 = 维持 + 纠正 + 其他 + 尚未审结;
 * and the prose of 一、总体情况 states the counts the tables hold. Like the seed bases, every table is written as
 * leading-pipe rows (padded to the table's grid or not), Simplified, LF.
 */
import { EDITION_2019, EDITION_2021 } from '../../../server/src/core/format/editions';
import type { FormatEdition } from '../../../server/src/core/format/schema';
import { SECTIONS, type SectionId } from '../../../server/src/core/format/sections';
import { table2HeaderRows, table2RowLabels, table3HeaderRows } from '../../../server/src/core/features/tableText';
import type { Base } from './bases';

/** mulberry32: a small deterministic generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Magnitude = 'zero' | 'small' | 'large';

interface GeneratedSpec {
  name: string;
  agency: string;
  government: boolean;
  year: number;
  seed: number;
  magnitude: Magnitude;
  /** The tables' tables drawn as a grid: every row padded with empty cells to the table's width (Word, web pages). */
  padded: boolean;
  format2019?: boolean;
  /** Which heading wording: the standard one or the format's accepted variant (where there is one). */
  headingVariants?: boolean;
  /**
   * Table-2 labels in accepted variants: item numbering 1、 or （1） instead of 1., half-width brackets, 危及三安全一稳定
   * without quotes.
   */
  labelVariants?: '1、' | '（1）';
  titleStyle: 0 | 1 | 2 | 3;
  periodStyle: 0 | 1 | 2;
  proseStyle: 0 | 1 | 2 | 3;
  feeStyle: 0 | 1 | 2;
  /** A metadata block of pipe rows before section 一, and page furniture after section 六. */
  webPage?: boolean;
}

const SPECS: GeneratedSpec[] = [
  {
    name: 'gen-district-government-2023', agency: '青松市云溪区人民政府', government: true, year: 2023, seed: 11, magnitude: 'small',
    padded: true, titleStyle: 3, periodStyle: 0, proseStyle: 0, feeStyle: 0,
  },
  {
    name: 'gen-county-bureau-2022-zeros', agency: '临江县教育局', government: false, year: 2022, seed: 22, magnitude: 'zero',
    padded: false, titleStyle: 1, periodStyle: 1, proseStyle: 3, feeStyle: 1,
  },
  {
    name: 'gen-city-bureau-2024-thousands', agency: '东湖市市场监督管理局', government: false, year: 2024, seed: 33, magnitude: 'large',
    padded: true, labelVariants: '1、', titleStyle: 0, periodStyle: 2, proseStyle: 1, feeStyle: 2, webPage: true,
  },
  {
    name: 'gen-city-office-2025', agency: '西山市人民政府办公室', government: false, year: 2025, seed: 44, magnitude: 'small',
    padded: false, headingVariants: true, titleStyle: 2, periodStyle: 0, proseStyle: 2, feeStyle: 0,
  },
  {
    name: 'gen-commission-2021', agency: '南岭市发展和改革委员会', government: false, year: 2021, seed: 55, magnitude: 'small',
    padded: true, labelVariants: '（1）', titleStyle: 1, periodStyle: 1, proseStyle: 2, feeStyle: 1,
  },
  {
    name: 'gen-county-government-2024-thousands', agency: '北川县', government: true, year: 2024, seed: 66, magnitude: 'large',
    padded: false, headingVariants: true, titleStyle: 1, periodStyle: 2, proseStyle: 1, feeStyle: 2, webPage: true,
  },
  {
    name: 'gen-province-department-2022', agency: '江南省自然资源厅', government: false, year: 2022, seed: 77, magnitude: 'small',
    padded: true, titleStyle: 2, periodStyle: 0, proseStyle: 0, feeStyle: 0,
  },
  {
    name: 'gen-2019-format-government-2020', agency: '河口市人民政府', government: true, year: 2020, seed: 88, magnitude: 'small',
    padded: true, format2019: true, titleStyle: 0, periodStyle: 0, proseStyle: 0, feeStyle: 1,
  },
  {
    // A 2021+ report still in the 2019 format: its only diagnostic is GR403.
    name: 'gen-2019-format-in-2023', agency: '平原县卫生健康局', government: false, year: 2023, seed: 99, magnitude: 'small',
    padded: false, format2019: true, titleStyle: 1, periodStyle: 1, proseStyle: 3, feeStyle: 2,
  },
];

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0–99 in Chinese numerals (三, 十二, 二十), as prose writes small counts. */
function chineseCount(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

/** Result rows that may hold numbers; the others stay 0 (most real tables are sparse). */
const ACTIVE_RESULTS = new Set([
  'disclosed', 'partial', 'refused.thirdParty', 'refused.process', 'unable.notHeld', 'unable.unclear',
  'notHandled.petition', 'notHandled.repeat', 'other.noCorrection', 'other.other', 'otherHandling',
]);

interface Numbers {
  table1: Map<string, string[]>;
  table2: Map<string, number[]>;
  table3: number[];
}

function numbers(spec: GeneratedSpec, edition: FormatEdition): Numbers {
  const next = random(spec.seed);
  const int = (max: number): number => Math.floor(next() * (max + 1));
  const zero = spec.magnitude === 'zero';
  const scale = spec.magnitude === 'large' ? 1000 : 10;

  const table1 = new Map<string, string[]>();
  for (const block of edition.table1.blocks) {
    for (const row of block.rows) {
      table1.set(
        row.id,
        block.columns.map((column) => {
          if (zero) return '0';
          if (column.decimals) return (int(scale * 100) / 100).toFixed(2);
          // 本年增/减 may be negative; kept non-negative on the rows the injections edit by value position.
          if (column.signed && row.id === 'otherServices') return String(-1 - int(3));
          return String(int(column.id === 'inForce' || column.id === 'total' ? scale * 5 : scale * 3));
        }),
      );
    }
  }

  const t2 = edition.table2;
  const applicants = t2.columns.length - 1;
  const rows = new Map<string, number[]>();
  const results = new Array<number>(applicants).fill(0);
  for (const id of t2.resultRows) {
    const values = new Array<number>(applicants).fill(0);
    if (!zero && ACTIVE_RESULTS.has(id)) {
      for (let c = 0; c < applicants; c++) {
        // 自然人 carries most requests; the organisations' columns are small and often 0.
        const max = c === 0 ? (id === 'disclosed' ? scale * 3 : scale) : next() < 0.4 ? Math.ceil(scale / 5) : 0;
        values[c] = int(max);
        results[c]! += values[c]!;
      }
    }
    rows.set(id, values);
  }
  rows.set(t2.resultTotalRow, results);
  const carriedOut = results.map(() => (zero ? 0 : int(Math.ceil(scale / 4))));
  const carriedIn = results.map((sum, c) => (zero ? 0 : int(Math.min(sum + carriedOut[c]!, Math.ceil(scale / 3)))));
  const [newRow, carriedInRow] = t2.balance.left;
  const carriedOutRow = t2.balance.right.find((id) => id !== t2.resultTotalRow)!;
  rows.set(carriedOutRow, carriedOut);
  rows.set(carriedInRow!, carriedIn);
  rows.set(newRow!, results.map((sum, c) => sum + carriedOut[c]! - carriedIn[c]!));
  const table2 = new Map<string, number[]>();
  for (const [id, values] of rows) table2.set(id, [...values, values.reduce((a, b) => a + b, 0)]);

  const table3 = edition.table3.groups.flatMap(() => {
    const parts = edition.table3.columns.slice(0, -1).map(() => (zero ? 0 : int(spec.magnitude === 'large' ? 6 : 2)));
    return [...parts, parts.reduce((a, b) => a + b, 0)];
  });
  return { table1, table2, table3 };
}

// --- Rendering ------------------------------------------------------------------------------------------------

function renderTable(rows: string[][], padded: boolean): string[] {
  const width = Math.max(...rows.map((cells) => cells.length));
  return rows.map((cells) => {
    const all = padded ? [...cells, ...new Array<string>(width - cells.length).fill('')] : cells;
    return `| ${all.join(' | ')} |`;
  });
}

/** Accepted variants of a standard table-2 label cell: 1、 or （1） for 1., (一) for （一）, 危及三安全一稳定. */
function variantLabel(cell: string, numbering: '1、' | '（1）'): string {
  return cell
    .replace(/^(\d)\./, numbering === '1、' ? '$1、' : '（$1）')
    .replace(/^（([一二三四五六七])）/, '($1)')
    .replace(/“三安全一稳定”/, '三安全一稳定');
}

function table1Rows(edition: FormatEdition, values: Numbers): string[][] {
  return edition.table1.blocks.flatMap((block) => [
    [block.header],
    ['信息内容', ...block.columns.map((column) => column.label)],
    ...block.rows.map((row) => [row.label, ...values.table1.get(row.id)!]),
  ]);
}

function table2Rows(spec: GeneratedSpec, edition: FormatEdition, values: Numbers): string[][] {
  const labels = table2RowLabels(edition.table2);
  return [
    ...table2HeaderRows(edition.table2),
    ...edition.table2.rows.map((row) => {
      const cells = labels.get(row.id)!;
      return [...(spec.labelVariants ? cells.map((cell) => variantLabel(cell, spec.labelVariants!)) : cells), ...values.table2.get(row.id)!.map(String)];
    }),
  ];
}

function table3Rows(edition: FormatEdition, values: Numbers): string[][] {
  return [...table3HeaderRows(edition.table3), values.table3.map(String)];
}

function heading(id: SectionId, variants: boolean): string {
  const spec = SECTIONS.find((candidate) => candidate.id === id)!;
  return `${spec.numeral}、${variants && spec.variants[0] ? spec.variants[0] : spec.heading}`;
}

function title(spec: GeneratedSpec): string {
  const { agency, year } = spec;
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    `${agency}${year}年度政府信息公开工作年度报告`,
    `${agency}${year}年政府信息公开年度报告`,
    `${agency}关于${year}年政府信息公开工作年度报告`,
  ][spec.titleStyle];
}

function period(spec: GeneratedSpec): string {
  const { year } = spec;
  return [
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    `本报告所列数据统计期限为${year}年1月1日至12月31日。`,
    `统计期限：${year}年1月1日—${year}年12月31日。本报告电子版可在本机关门户网站下载。`,
  ][spec.periodStyle];
}

function overview(spec: GeneratedSpec, edition: FormatEdition, values: Numbers): string[] {
  const t2 = edition.table2;
  const total = (id: string): number => values.table2.get(id)!.at(-1)!;
  const [newRow, carriedInRow] = t2.balance.left;
  const carriedOutRow = t2.balance.right.find((id) => id !== t2.resultTotalRow)!;
  const received = total(newRow!);
  const carriedIn = total(carriedInRow!);
  const done = total(t2.resultTotalRow);
  const carriedOut = total(carriedOutRow);
  const person = values.table2.get(newRow!)![0]!;
  const groupTotal = (group: number): number => values.table3[group * edition.table3.columns.length + edition.table3.columns.length - 1]!;
  const reconsideration = groupTotal(0);
  const lawsuits = edition.table3.groups.slice(1).reduce((sum, _, i) => sum + groupTotal(i + 1), 0);
  const who = spec.government ? `${spec.year}年，${spec.agency}` : `${spec.year}年，我局`;

  const requests = [
    `本年度共收到政府信息公开申请${received}件，上年结转${carriedIn}件，办结${done}件，结转下年度继续办理${carriedOut}件。`,
    `全年共受理政府信息公开申请${received.toLocaleString('en-US')}件，其中自然人申请${person}件、法人或其他组织申请${received - person}件；上年度结转申请${carriedIn}件。本年度已办结申请${done}件，结转至下年度办理${carriedOut}件，均在法定期限内答复。`,
    `新收政府信息公开申请${received < 100 ? chineseCount(received) : String(received)}件，上一年度结转${carriedIn}件，全年办理完毕${done}件，结转下一年度${carriedOut}件。`,
    received === 0 && carriedIn === 0
      ? '本年度未收到政府信息公开申请，无上年结转申请。'
      : `本年度共收到政府信息公开申请${received}件，办结${done}件。`,
  ][spec.proseStyle];
  const appeals = [
    reconsideration === 0 && lawsuits === 0
      ? '本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。'
      : `本年度因政府信息公开被申请行政复议${reconsideration}件，被提起行政诉讼${lawsuits}件（其中复议后起诉${groupTotal(2)}件）。`,
    `全年发生政府信息公开行政复议案件${reconsideration}件、行政诉讼案件${lawsuits}件。`,
    reconsideration === 0 ? `本年度无行政复议案件，行政诉讼${lawsuits}件。` : `行政复议${reconsideration}件，行政诉讼${lawsuits}件。`,
    reconsideration === 0 && lawsuits === 0
      ? '全年无政府信息公开行政复议和行政诉讼。'
      : `本年度被申请行政复议${reconsideration}件，被提起行政诉讼${lawsuits}件。`,
  ][spec.proseStyle];
  const proactive = spec.magnitude === 'zero' ? 12 : spec.magnitude === 'large' ? 4821 : 356;
  return [
    `${who}坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政府信息公开工作。`,
    '（一）主动公开',
    `全年在门户网站主动公开政府信息${proactive}条，召开新闻发布会${spec.magnitude === 'zero' ? 0 : 6}场，办理人大代表建议和政协委员提案${spec.magnitude === 'zero' ? 0 : 23}件。`,
    '（二）依申请公开',
    requests,
    appeals,
    '（三）政府信息管理',
    '严格落实公开前保密审查制度，动态更新政府信息公开指南和目录。',
    '（四）政府信息公开平台建设',
    '持续优化门户网站政府信息公开专栏，加强政务新媒体管理。',
    '（五）监督保障',
    '将政府信息公开工作纳入年度工作要点，组织业务培训2次。',
  ];
}

function problems(spec: GeneratedSpec): string[] {
  const lines = [
    '（一）存在的主要问题',
    '一是主动公开的深度和广度有待加强；二是政策解读形式比较单一。',
    '（二）改进情况',
    '下一步将进一步规范公开内容，丰富政策解读形式，加强业务培训。',
  ];
  if (spec.government) {
    lines.push(
      '（三）工作考核、社会评议和责任追究结果情况',
      '将政府信息公开工作纳入年度绩效考核，通过门户网站开展社会评议，本年度未发生责任追究情况。',
    );
  }
  return lines;
}

function other(spec: GeneratedSpec): string[] {
  return [
    ['本年度未收取信息处理费。'],
    ['依据《政府信息公开信息处理费管理办法》，本机关本年度发出收费通知0件，收取信息处理费0元。'],
    ['本年度共发出信息处理费收费通知2件，实际收取信息处理费合计300元。', '本机关无其他需要报告的事项。'],
  ][spec.feeStyle]!;
}

function generate(spec: GeneratedSpec): Base {
  const edition = spec.format2019 ? EDITION_2019 : EDITION_2021;
  const values = numbers(spec, edition);
  const lines: string[] = [];
  if (spec.webPage) lines.push(`| 索引号: | ${spec.seed}-${spec.year}-00017 | 发布机构: | ${spec.agency} |`, `| 发布日期: | ${spec.year + 1}-01-20 | 文号: | |`);
  lines.push(title(spec), period(spec));
  const body: Record<SectionId, string[]> = {
    overview: overview(spec, edition, values),
    proactive: renderTable(table1Rows(edition, values), spec.padded),
    requests: renderTable(table2Rows(spec, edition, values), spec.padded),
    appeals: renderTable(table3Rows(edition, values), spec.padded),
    problems: problems(spec),
    other: other(spec),
  };
  for (const section of SECTIONS) lines.push(heading(section.id, spec.headingVariants === true), ...body[section.id]);
  if (spec.webPage) lines.push('', '附件下载', '扫一扫在手机打开当前页');
  return { name: spec.name, government: spec.government, format2019: spec.format2019 === true, text: lines.join('\n') + '\n' };
}

export function generatedBases(): Base[] {
  return SPECS.map(generate);
}

/** What each generated base's clean text must give (beyond nothing): a 2021+ report in the 2019 format, GR403. */
export const EXPECTED_CLEAN: Readonly<Record<string, readonly string[]>> = {
  'gen-2019-format-in-2023': ['GR403'],
};
