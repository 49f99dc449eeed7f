import type { ReportModel, Table1, Table2, Table3 } from '../../../server/src/core/model';

/** Helpers for parser tests: a report body around one table, and a compact view of what the parser read. */
export function report(section: '二' | '三' | '四', table: string): string {
  const headings: Record<string, string> = { 二: '二、主动公开政府信息情况', 三: '三、收到和处理政府信息公开申请情况', 四: '四、政府信息公开行政复议、行政诉讼情况' };
  return ['某某区2024年政府信息公开工作年度报告', '一、总体情况', '本年度工作情况良好。', headings[section], table, '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '本年度未收取信息处理费。', ''].join('\n');
}

export function table1Of(model: ReportModel): Table1 | undefined {
  const table = model.sections.find((section) => section.id === 'proactive')?.table;
  return table?.kind === 'table1' ? table : undefined;
}

export function table2Of(model: ReportModel): Table2 | undefined {
  const table = model.sections.find((section) => section.id === 'requests')?.table;
  return table?.kind === 'table2' ? table : undefined;
}

export function table3Of(model: ReportModel): Table3 | undefined {
  const table = model.sections.find((section) => section.id === 'appeals')?.table;
  return table?.kind === 'table3' ? table : undefined;
}

/** rowId → values as numbers (null for unreadable cells), for every table. */
export function summary(model: ReportModel): Record<string, (number | null)[] | string> {
  const out: Record<string, (number | null)[] | string> = {};
  for (const block of table1Of(model)?.blocks ?? []) {
    for (const row of block.rows) out[`t1.${block.blockId}.${row.rowId}`] = row.values.map((v) => (v.readable ? v.value : null));
    if (!block.header) out[`t1.${block.blockId}.header`] = 'lost';
  }
  for (const row of table2Of(model)?.rows ?? []) out[`t2.${row.rowId}`] = row.unaligned ? 'unaligned' : row.values.map((v) => (v.readable ? v.value : null));
  const t3 = table3Of(model);
  if (t3) out.t3 = t3.unaligned ? 'unaligned' : t3.valueCells.map((v) => (v.readable ? v.value : null));
  return out;
}
