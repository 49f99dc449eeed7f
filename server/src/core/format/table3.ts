import type { Table3Spec } from './schema';

/** Table 3 — 行政复议、行政诉讼 (FORMAT.md §4): three groups of five numbers in one row. */
export const TABLE3: Table3Spec = {
  kind: 'table3',
  title: '政府信息公开行政复议、行政诉讼情况',
  groups: [
    { id: 'reconsideration', label: '行政复议', article: 'appeals' },
    { id: 'direct', label: '行政诉讼·未经复议直接起诉', variants: ['未经复议直接起诉'], article: 'appeals' },
    { id: 'afterReconsideration', label: '行政诉讼·复议后起诉', variants: ['复议后起诉'], article: 'appeals' },
  ],
  columns: [
    { id: 'upheld', label: '结果维持' },
    { id: 'corrected', label: '结果纠正', article: 'corrected' },
    { id: 'other', label: '其他结果', nonStandard: ['驳回申请', '驳回起诉'] },
    { id: 'pending', label: '尚未审结' },
    { id: 'total', label: '总计' },
  ],
  totalColumn: 'total',
};
