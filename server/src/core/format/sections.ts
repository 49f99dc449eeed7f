/**
 * The six sections of the report, in order (FORMAT.md §1). Parser, rules and hovers read this list;
 * nothing else spells a heading.
 */
export type SectionId = 'overview' | 'proactive' | 'requests' | 'appeals' | 'problems' | 'other';

export interface SectionSpec {
  id: SectionId;
  /** Chinese ordinal as written before the heading: 一 … 六. */
  numeral: string;
  /** The standard heading text, without its numeral. */
  heading: string;
  /** Longer or older forms seen in real reports; they are accepted without a warning. */
  variants: string[];
  /** Key words that identify the heading even when it is worded differently (all must occur). */
  keywords: string[];
  /** Which table (if any) must stand under this section. */
  table?: 'table1' | 'table2' | 'table3';
  /** What the section must contain, for hovers. */
  mustContain: string;
}

export const SECTIONS: readonly SectionSpec[] = [
  {
    id: 'overview', numeral: '一', heading: '总体情况', variants: [], keywords: ['总体'],
    mustContain: '本年度政府信息公开工作的总体情况，通常分为主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面。',
  },
  {
    id: 'proactive', numeral: '二', heading: '主动公开政府信息情况',
    variants: ['行政机关主动公开政府信息情况'], keywords: ['主动公开'], table: 'table1',
    mustContain: '表一：第二十条第（一）（五）（六）（八）项所列信息的主动公开情况。',
  },
  {
    id: 'requests', numeral: '三', heading: '收到和处理政府信息公开申请情况',
    variants: ['行政机关收到和处理政府信息公开申请情况'], keywords: ['申请'], table: 'table2',
    mustContain: '表二：本年新收、上年结转的政府信息公开申请数量，各类办理结果及结转下年度继续办理的数量，按申请人类别分列。',
  },
  {
    id: 'appeals', numeral: '四', heading: '政府信息公开行政复议、行政诉讼情况',
    variants: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议行政诉讼情况'],
    keywords: ['复议'], table: 'table3',
    mustContain: '表三：因政府信息公开工作引起的行政复议、行政诉讼（未经复议直接起诉、复议后起诉）的结果数量。',
  },
  {
    id: 'problems', numeral: '五', heading: '存在的主要问题及改进情况',
    variants: ['政府信息公开工作存在的主要问题及改进情况'], keywords: ['问题', '改进'],
    mustContain: '工作中存在的主要问题和改进措施；人民政府的报告还须说明工作考核、社会评议和责任追究结果情况（第五十条第（四）项）。',
  },
  {
    id: 'other', numeral: '六', heading: '其他需要报告的事项', variants: [], keywords: ['其他', '报告'],
    mustContain: '须说明按《政府信息公开信息处理费管理办法》收取信息处理费的情况（发出收费通知的件数和总金额，或本年度未收取）；其他事项可选。',
  },
];

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
