/** Messages and fixes shared by the table-2 sum rules (GR301, GR302, GR304). */
import type { Table2CellFinding, Table2EquationKind } from '../../analysis/table2';
import type { FormatEdition } from '../../format/schema';
import type { RuleReport } from '../types';
import { table2CellName, table2RowNameById } from './names';

/** What a corrected value restores, as a message says it. */
function restored(kind: Table2EquationKind, edition: FormatEdition): string {
  if (kind === 'row') return '本行总计';
  if (kind === 'result') return `本列${table2RowNameById(edition.table2.resultTotalRow, edition)}`;
  return '本列勾稽关系（第一项加第二项之和等于第三项加第四项之和）';
}

/** The parts a stated total should equal: its own sum first (a row's 总计: its applicants; （七）总计: the results). */
function partsName(finding: Table2CellFinding): string {
  const own: Table2EquationKind = finding.rule === 'resultTotal' ? 'result' : 'row';
  const kind = finding.explains.includes(own) ? own : finding.explains[0];
  if (kind === 'result') return '各办理结果之和';
  if (kind === 'row') return '各类申请人之和';
  return '按勾稽关系';
}

export function table2FindingReport(finding: Table2CellFinding, edition: FormatEdition): RuleReport {
  const name = table2CellName(finding.rowId, finding.columnId, edition);
  const message =
    finding.rule === 'cell'
      ? `${name} 为 ${finding.found}，应为 ${finding.expected}：这样${finding.explains.map((kind) => restored(kind, edition)).join('和')}都成立`
      : `${name} 为 ${finding.found}，${partsName(finding)}为 ${finding.expected}`;
  return {
    span: finding.cell.span,
    message,
    fix: finding.safe ? { title: `改为 ${finding.expected}`, edits: [{ span: finding.cell.span, newText: String(finding.expected) }] } : undefined,
  };
}
