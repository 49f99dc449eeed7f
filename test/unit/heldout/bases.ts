/**
 * Clean base reports for the held-out matrix: real reports (the seeds) made clean, a people's government's and a
 * department's, and a 2019-format report. Every base is Simplified, LF, with its tables as leading-pipe rows, so the
 * injections can edit rows by label; the layout and encoding variants are applied after the injection.
 */
import { fixAll, toSimplified } from '../../../server/src/core';
import { buildReport } from '../../helpers/report';
import { readSeed, seedFiles } from '../../helpers/seeds';
import { relayoutTables } from '../../helpers/variants';

export interface Base {
  name: string;
  /** A people's government's report (五 must cover 工作考核、社会评议和责任追究). */
  government: boolean;
  /** Tables in the 2019 format (table 1's other columns and blocks, a single （六）其他处理 row). */
  format2019?: boolean;
  text: string;
}

const ASSESSMENT = '本年度将政务公开工作纳入绩效考核，开展社会评议1次，未发生责任追究情况。';

function replaceOnce(text: string, search: string | RegExp, replacement: string): string {
  const replaced = text.replace(search, replacement);
  if (replaced === text) throw new Error(`base: "${String(search)}" not found`);
  return replaced;
}

/** Adds a sentence as the first line of section 五's body. */
function addToProblems(text: string, sentence: string): string {
  return replaceOnce(text, /^(五、[^\n]*\n)/m, `$1${sentence}\n`);
}

const asPipes = (text: string): string => relayoutTables(text, () => 'pipeLeading');

const seed = (index: number): string => readSeed(seedFiles()[index]!);

export function bases(): Base[] {
  // 000: a department's report, clean as published (all zeros).
  const b000 = asPipes(seed(0));

  // 001: 溪湖区人民政府, real numbers; the one thing missing is 五's 工作考核、社会评议和责任追究.
  const b001 = addToProblems(asPipes(seed(1)), ASSESSMENT);

  // 002: 嘉兴市数据局, published in Traditional with pinyin glosses; made Simplified, glosses and the doubled
  // punctuation of the broken conversion dropped, then the CLI's fixes (lost block header, heading separators).
  const simplified002 = toSimplified(seed(2))
    .replace(/\([a-zü\u00c0-\u024f\u0300-\u036f]+\)/g, '')
    .replace(/([，。、；：！？]),/g, '$1')
    .replace(/,([，。、；：！？])/g, '$1');
  const b002 = fixAll(asPipes(simplified002)).text;

  // 003: a district government in 003's tab layout; its table-3 row does not add up (the prose says no 行政复议 and
  // 2 行政诉讼: the row is rewritten so) and 五 lacks the assessment statement.
  const b003 = addToProblems(
    replaceOnce(asPipes(seed(3)), /^\| 1 \| 0 \| 0 \| 0 \| 0 \| 2 \|.*$/m, `| ${[0, 0, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0].join(' | ')} |`),
    ASSESSMENT,
  );

  // 004: a department; the CLI fixes （七）总计 and the 驳回申请/驳回起诉 labels, the prose's 42 applications
  // (a count of letters to the mayor's mailbox mixed in) is corrected to the table's 7 by hand.
  const b004 = replaceOnce(fixAll(asPipes(seed(4))).text, '收到依申请公开42件', '收到依申请公开7件');

  // A 2020 report in the 2019 format (table 1's old columns and 第二十条第（九）项, a single （六）其他处理 row).
  const b2019 = buildReport({
    format2019: true,
    title: '示例市示例局2020年政府信息公开工作年度报告',
    period: '本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
  });

  return [
    { name: '000-department', government: false, text: b000 },
    { name: '001-government', government: true, text: b001 },
    { name: '002-department', government: false, text: b002 },
    { name: '003-government', government: true, text: b003 },
    { name: '004-department', government: false, text: b004 },
    { name: '2019-format', government: false, format2019: true, text: b2019 },
  ];
}
