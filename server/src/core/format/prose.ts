/**
 * Words the prose and metadata rules look for (FORMAT.md §5). Kept as data so the rules, the docs and the hovers
 * name the same things; nothing in a rule spells these words.
 */

/** How the rules name each table in messages. */
export const TABLE_NAMES = { table1: '表一', table2: '表二', table3: '表三' } as const;

/** A sentence must contain one of these words before its numbers are read as application counts. */
export const APPLICATION_CONTEXT: readonly string[] = ['申请'];

/**
 * Statements of application counts in 总体情况 and the table-2 row (its 总计 cell) each one must match. The
 * earliest keyword before a number decides which row the number speaks of, so 结转下年度…办理3件 is a carry-over.
 */
export interface ApplicationStatement {
  rowId: string;
  /** Short name of the row in messages: 表二“本年新收”总计. */
  name: string;
  keywords: readonly string[];
}

export const APPLICATION_STATEMENTS: readonly ApplicationStatement[] = [
  { rowId: 'carriedOut', name: '结转下年度', keywords: ['结转下年度', '结转下一年度', '结转至下年度', '结转到下年度', '转入下年度'] },
  { rowId: 'carriedIn', name: '上年结转', keywords: ['上年结转', '上年度结转', '上一年度结转', '上一年结转', '上年转结'] },
  { rowId: 'new', name: '本年新收', keywords: ['收到', '受理', '接收', '新收', '收悉'] },
  { rowId: 'resultTotal', name: '办理结果总计', keywords: ['办理', '办结', '答复', '处理完毕'] },
];

/** A number next to one of these words counts something else (建议提案, 热线工单…), not applications. */
export const APPLICATION_EXCLUSIONS: readonly string[] = ['建议', '提案', '信件', '来信', '热线', '诉求', '工单', '留言', '咨询', '复议', '诉讼'];

/** Statements of appeal counts and the table-3 groups whose 总计 cells they must match. */
export interface AppealStatement {
  name: string;
  keywords: readonly string[];
  groups: readonly string[];
}

export const APPEAL_STATEMENTS: readonly AppealStatement[] = [
  { name: '行政复议', keywords: ['行政复议', '复议'], groups: ['reconsideration'] },
  { name: '行政诉讼', keywords: ['行政诉讼', '诉讼'], groups: ['direct', 'afterReconsideration'] },
];

/**
 * 行政复议、行政诉讼各 0 件: two appeal keywords joined by one of these, then a count after the distributive word,
 * state the same count for both.
 */
export const LIST_JOINERS: readonly string[] = ['、', '和', '及', '与', '以及'];
export const DISTRIBUTIVE_WORDS: readonly string[] = ['各', '均'];

/** Words that, before an appeal keyword in the same clause, state that there was none (无…行政复议). */
export const NEGATIONS: readonly string[] = ['无', '未', '没有', '不存在', '均为零', '为零'];

/** Section 六 must state the information processing fee (信息处理费, article 42). */
export const FEE_KEYWORDS: readonly string[] = ['信息处理费', '处理费'];

/** A people's government must cover these in section 五 (article 50 item 4); each topic is met by any keyword. */
export const ASSESSMENT_TOPICS: readonly { name: string; keywords: readonly string[] }[] = [
  { name: '工作考核', keywords: ['考核'] },
  { name: '社会评议', keywords: ['评议'] },
  { name: '责任追究', keywords: ['责任追究', '追责', '问责'] },
];

/** An agency named like this is a people's government (its own report, not one of its departments'). */
export const GOVERNMENT_NAME_SUFFIXES: readonly string[] = ['人民政府'];

/**
 * A bare place name (本溪市溪湖区, 尖山区) is how a government titles its report; a department adds its own name
 * (海城市数据局). So an agency ending in a division suffix is a government.
 */
export const DIVISION_SUFFIXES: readonly string[] = ['省', '自治区', '市', '区', '县', '自治县', '旗', '自治州', '州', '盟', '乡', '镇'];

/**
 * Township governments (乡、镇) and sub-district offices (街道办事处): article 49 sets no deadline for their reports
 * (a township government is still a people's government for article 50, see DIVISION_SUFFIXES).
 */
export const NO_DEADLINE_SUFFIXES: readonly string[] = ['乡', '镇', '乡人民政府', '镇人民政府', '街道', '街道办事处'];

/** Article 49: the day of the following year by which last year's report must be published, by kind of agency. */
export interface PublicationDeadline {
  month: number;
  day: number;
  /** Whom the deadline binds, as the messages and hovers name it. */
  who: string;
}

export const PUBLICATION_DEADLINES: Readonly<Record<'department' | 'government', PublicationDeadline>> = {
  department: { month: 1, day: 31, who: '县级以上人民政府部门' },
  government: { month: 3, day: 31, who: '县级以上地方人民政府' },
};

/** Metadata keys of the day the report was published (001: 发布日期: | 2025-02-06 |; web pages: 发布时间：…). */
export const PUBLICATION_DATE_KEYS: readonly string[] = ['发布日期', '发布时间'];

/** Metadata keys that name the publishing agency (001: 发布机构: 溪湖区人民政府). */
export const AGENCY_METADATA_KEYS: readonly string[] = ['发布机构', '发文机关', '发布单位', '发布机关'];

/**
 * Phrases that contain an appeal keyword without speaking of the number of 行政复议 (未经复议直接起诉 and 复议后起诉
 * are table 3's two kinds of 行政诉讼: 其中复议后起诉1件 counts lawsuits).
 */
export const APPEAL_PHRASE_EXCLUSIONS: readonly string[] = ['未经复议', '复议后起诉'];
