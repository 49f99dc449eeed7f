import type { LabelSpec, RowSpec, Table2Spec } from './schema';

/** Table 2 — 收到和处理政府信息公开申请情况 (FORMAT.md §3). */
const COLUMNS = [
  { id: 'person', label: '自然人' },
  { id: 'business', label: '商业企业' },
  { id: 'research', label: '科研机构' },
  { id: 'publicInterest', label: '社会公益组织' },
  { id: 'legalService', label: '法律服务机构' },
  { id: 'otherOrg', label: '其他' },
  { id: 'total', label: '总计' },
];

const GROUPS: LabelSpec[] = [
  { id: 'results', label: '三、本年度办理结果', article: 'results' },
  { id: 'g3', label: '（三）不予公开', article: 'g.refused' },
  { id: 'g4', label: '（四）无法提供', article: 'g.unable' },
  { id: 'g5', label: '（五）不予处理', article: 'g.notHandled' },
  { id: 'g6', label: '（六）其他处理', article: 'g.otherHandling' },
];

const HEAD_ROWS: RowSpec[] = [
  { id: 'new', numbering: '一、', label: '本年新收政府信息公开申请数量', article: 'r.new' },
  { id: 'carriedIn', numbering: '二、', label: '上年结转政府信息公开申请数量', article: 'r.carried' },
];

const RESULT_ROWS_COMMON: RowSpec[] = [
  { id: 'disclosed', numbering: '（一）', label: '予以公开', article: 'r.disclosed', group: 'results' },
  {
    id: 'partial', numbering: '（二）', label: '部分公开（区分处理的，只计这一情形，不计其他情形）',
    nonStandard: ['部分公开'], article: 'r.partial', group: 'results',
  },
  { id: 'refused.secret', numbering: '1.', label: '属于国家秘密', group: 'g3', article: 'r.refused.secret' },
  { id: 'refused.forbidden', numbering: '2.', label: '其他法律行政法规禁止公开', group: 'g3', article: 'r.refused.forbidden' },
  { id: 'refused.security', numbering: '3.', label: '危及“三安全一稳定”', variants: ['危及三安全一稳定'], group: 'g3', article: 'r.refused.security' },
  { id: 'refused.thirdParty', numbering: '4.', label: '保护第三方合法权益', group: 'g3', article: 'r.refused.thirdParty' },
  { id: 'refused.internal', numbering: '5.', label: '属于三类内部事务信息', group: 'g3', article: 'r.refused.internal' },
  { id: 'refused.process', numbering: '6.', label: '属于四类过程性信息', group: 'g3', article: 'r.refused.process' },
  { id: 'refused.caseFile', numbering: '7.', label: '属于行政执法案卷', group: 'g3', article: 'r.refused.caseFile' },
  { id: 'refused.inquiry', numbering: '8.', label: '属于行政查询事项', group: 'g3', article: 'r.refused.inquiry' },
  { id: 'unable.notHeld', numbering: '1.', label: '本机关不掌握相关政府信息', group: 'g4', article: 'r.unable.notHeld' },
  { id: 'unable.mustCreate', numbering: '2.', label: '没有现成信息需要另行制作', group: 'g4', article: 'r.unable.mustCreate' },
  { id: 'unable.unclear', numbering: '3.', label: '补正后申请内容仍不明确', group: 'g4', article: 'r.unable.unclear' },
  { id: 'notHandled.petition', numbering: '1.', label: '信访举报投诉类申请', group: 'g5', article: 'r.notHandled.petition' },
  { id: 'notHandled.repeat', numbering: '2.', label: '重复申请', group: 'g5', article: 'r.notHandled.repeat' },
  { id: 'notHandled.publication', numbering: '3.', label: '要求提供公开出版物', group: 'g5', article: 'r.notHandled.publication' },
  { id: 'notHandled.excessive', numbering: '4.', label: '无正当理由大量反复申请', group: 'g5', article: 'r.notHandled.excessive' },
  { id: 'notHandled.confirm', numbering: '5.', label: '要求行政机关确认或重新出具已获取信息', group: 'g5', article: 'r.notHandled.confirm' },
];

const OTHER_HANDLING_2021: RowSpec[] = [
  {
    id: 'other.noCorrection', numbering: '1.', label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    group: 'g6', article: 'r.other.noCorrection',
  },
  {
    id: 'other.noFee', numbering: '2.', label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    group: 'g6', article: 'r.other.noFee',
  },
  { id: 'other.other', numbering: '3.', label: '其他', group: 'g6', article: 'r.other.other' },
];

const OTHER_HANDLING_2019: RowSpec[] = [
  { id: 'otherHandling', numbering: '（六）', label: '其他处理', group: 'results', article: 'r.other.other' },
];

const TAIL_ROWS: RowSpec[] = [
  { id: 'resultTotal', numbering: '（七）', label: '总计', group: 'results', article: 'r.total' },
  { id: 'carriedOut', numbering: '四、', label: '结转下年度继续办理', article: 'r.carried' },
];

function table2(otherHandling: RowSpec[]): Table2Spec {
  const resultRows = [...RESULT_ROWS_COMMON, ...otherHandling].map((row) => row.id);
  return {
    kind: 'table2',
    title: '收到和处理政府信息公开申请情况',
    header: { balanceNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', applicants: '申请人情况', organisations: '法人或其他组织' },
    columns: COLUMNS,
    totalColumn: 'total',
    rows: [...HEAD_ROWS, ...RESULT_ROWS_COMMON, ...otherHandling, ...TAIL_ROWS],
    resultRows,
    resultTotalRow: 'resultTotal',
    balance: { left: ['new', 'carriedIn'], right: ['resultTotal', 'carriedOut'] },
    groups: GROUPS,
  };
}

export const TABLE2_2021 = table2(OTHER_HANDLING_2021);
export const TABLE2_2019 = table2(OTHER_HANDLING_2019);
