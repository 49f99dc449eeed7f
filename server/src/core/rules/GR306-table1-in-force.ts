import { IN_FORCE_EQUATION } from '../format/crossYear';
import type { ReportModel, TableRow, ValueCell } from '../model';
import { labelById } from './support/names';
import { blockSpecOf, findTable } from './support/tables';
import type { Rule } from './types';
import { EDITION_2019, EDITION_2021 } from '../format/editions';

function rowsOfBlock(model: ReportModel, blockId: string): Map<string, TableRow> {
  const rows = new Map<string, TableRow>();
  const table = findTable(model, 'table1')?.table;
  const edition = model.edition === '2019' ? EDITION_2019 : EDITION_2021;
  for (const block of table?.blocks ?? []) {
    if (blockSpecOf(block, edition)?.id !== blockId) continue;
    for (const row of block.rows) if (row.rowId && !row.unaligned && !rows.has(row.rowId)) rows.set(row.rowId, row);
  }
  return rows;
}

const valueOf = (row: TableRow | undefined, columnId: string): ValueCell | undefined => {
  const cell = row?.values.find((candidate) => candidate.columnId === columnId);
  return cell?.readable ? cell : undefined;
};

export const rule: Rule = {
  meta: {
    code: 'GR306',
    slug: 'table1-in-force',
    severity: 'warning',
    description: '表一现行有效件数不等于上年现行有效件数加本年制发件数减本年废止件数（需配置上年报告）',
    fixable: false,
    docs: 'gr306',
  },
  check(context) {
    const { previous, edition } = context;
    if (!previous) return;
    const blockSpec = edition.table1.blocks.find((block) => block.id === IN_FORCE_EQUATION.blockId);
    if (!blockSpec || !blockSpec.columns.some((column) => column.id === IN_FORCE_EQUATION.inForce)) return;
    const current = rowsOfBlock(context.model, IN_FORCE_EQUATION.blockId);
    const last = rowsOfBlock(previous, IN_FORCE_EQUATION.blockId);
    for (const rowSpec of blockSpec.rows) {
      const inForce = valueOf(current.get(rowSpec.id), IN_FORCE_EQUATION.inForce);
      const issued = valueOf(current.get(rowSpec.id), IN_FORCE_EQUATION.issued);
      const repealed = valueOf(current.get(rowSpec.id), IN_FORCE_EQUATION.repealed);
      const lastInForce = valueOf(last.get(rowSpec.id), IN_FORCE_EQUATION.inForce);
      if (!inForce || !issued || !repealed || !lastInForce) continue;
      const expected = lastInForce.value + issued.value - repealed.value;
      if (expected === inForce.value) continue;
      const column = (id: string) => labelById(blockSpec.columns, id);
      context.report({
        span: inForce.span,
        message:
          `${rowSpec.label}·${column(IN_FORCE_EQUATION.inForce)} 为 ${inForce.value}，` +
          `上年报告的${column(IN_FORCE_EQUATION.inForce)} ${lastInForce.value} + ${column(IN_FORCE_EQUATION.issued)} ${issued.value} − ` +
          `${column(IN_FORCE_EQUATION.repealed)} ${repealed.value} = ${expected}`,
      });
    }
  },
};
