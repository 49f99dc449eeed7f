import type { BlockSpec, ColumnSpec, Table1Spec } from './schema';

/** What both editions' table 1 share: its title and the caption of its row-label column. */
const TITLE = '主动公开政府信息情况';
const LABEL_COLUMN = '信息内容';

/** Table 1 — 主动公开 (FORMAT.md §2), 2021 format. */
const DECISIONS: ColumnSpec[] = [{ id: 'decisions', label: '本年处理决定数量' }];

export const TABLE1_2021: Table1Spec = {
  kind: 'table1',
  title: TITLE,
  labelColumn: LABEL_COLUMN,
  blocks: [
    {
      id: 'item1', header: '第二十条第（一）项', article: 'art20.1',
      columns: [
        { id: 'issued', label: '本年制发件数' },
        { id: 'repealed', label: '本年废止件数' },
        { id: 'inForce', label: '现行有效件数' },
      ],
      rows: [
        { id: 'rules', label: '规章', article: 'art20.1' },
        {
          id: 'normativeDocs', label: '行政规范性文件', article: 'art20.1',
          nonStandard: ['规范性文件', '行政规范性档案', '规范性档案'],
        },
      ],
    },
    {
      id: 'item5', header: '第二十条第（五）项', article: 'art20.5', columns: DECISIONS,
      rows: [{ id: 'licensing', label: '行政许可', article: 'art20.5' }],
    },
    {
      id: 'item6', header: '第二十条第（六）项', article: 'art20.6', columns: DECISIONS,
      rows: [
        { id: 'penalty', label: '行政处罚', article: 'art20.6' },
        { id: 'enforcement', label: '行政强制', article: 'art20.6' },
      ],
    },
    {
      id: 'item8', header: '第二十条第（八）项', article: 'art20.8',
      columns: [{ id: 'feeAmount', label: '本年收费金额（单位：万元）', variants: ['本年收费金额'], decimals: true }],
      rows: [{ id: 'fees', label: '行政事业性收费', article: 'art20.8' }],
    },
  ],
};

/** The 2019 format's table 1 (reports for 2019 and 2020): other columns and a 第二十条第（九）项 block. */
const ITEMS_2019: ColumnSpec[] = [
  { id: 'lastYear', label: '上一年项目数量' },
  { id: 'change', label: '本年增/减', variants: ['本年增减'], signed: true },
  { id: 'decisions', label: '处理决定数量' },
];

const BLOCKS_2019: BlockSpec[] = [
  {
    id: 'item1', header: '第二十条第（一）项', article: 'art20.1',
    columns: [
      { id: 'made', label: '本年新制作数量' },
      { id: 'published', label: '本年新公开数量' },
      { id: 'total', label: '对外公开总数量' },
    ],
    rows: [
      { id: 'rules', label: '规章', article: 'art20.1' },
      { id: 'normativeDocs', label: '规范性文件', variants: ['行政规范性文件'], article: 'art20.1' },
    ],
  },
  {
    id: 'item5', header: '第二十条第（五）项', article: 'art20.5', columns: ITEMS_2019,
    rows: [
      { id: 'licensing', label: '行政许可', article: 'art20.5' },
      { id: 'otherServices', label: '其他对外管理服务事项', article: 'art20.5' },
    ],
  },
  {
    id: 'item6', header: '第二十条第（六）项', article: 'art20.6', columns: ITEMS_2019,
    rows: [
      { id: 'penalty', label: '行政处罚', article: 'art20.6' },
      { id: 'enforcement', label: '行政强制', article: 'art20.6' },
    ],
  },
  {
    id: 'item8', header: '第二十条第（八）项', article: 'art20.8',
    columns: [
      { id: 'lastYear', label: '上一年项目数量' },
      { id: 'change', label: '本年增/减', variants: ['本年增减'], signed: true },
    ],
    rows: [{ id: 'fees', label: '行政事业性收费', article: 'art20.8' }],
  },
  {
    id: 'item9', header: '第二十条第（九）项', article: 'art20.9',
    columns: [
      { id: 'projects', label: '采购项目数量' },
      { id: 'amount', label: '采购总金额', decimals: true },
    ],
    rows: [{ id: 'procurement', label: '政府集中采购', article: 'art20.9' }],
  },
];

export const TABLE1_2019: Table1Spec = { kind: 'table1', title: TITLE, labelColumn: LABEL_COLUMN, blocks: BLOCKS_2019 };
