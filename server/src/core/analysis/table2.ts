/**
 * Table 2's consistency equations and the attribution of each failure to its most likely cause, computed once per
 * check and shared by the sum rules (GR301–GR304): one inconsistency, one diagnostic.
 */
import type { FormatEdition } from '../format/schema';
import { countsInSums, type ReportModel, type Table2, type TableRow, type ValueCell } from '../model';

export type Table2EquationKind = 'row' | 'result' | 'balance';

/** Σ left = Σ right over cells named by row and column id. */
export interface Table2Equation {
  kind: Table2EquationKind;
  /** The row id of a row equation, the column id of a result or balance equation. */
  key: string;
  left: Table2CellRef[];
  right: Table2CellRef[];
}

export interface Table2CellRef {
  rowId: string;
  columnId: string;
}

/** Which rule reports a finding: a part of a sum, a row's 总计, or the （七）总计 row. */
export type Table2FindingRule = 'cell' | 'rowTotal' | 'resultTotal';

export interface Table2CellFinding {
  rule: Table2FindingRule;
  rowId: string;
  columnId: string;
  row: TableRow;
  cell: ValueCell;
  /** The value written in the report. */
  found: number;
  /** The value that makes the failing equations hold. */
  expected: number;
  /** The equations the corrected value makes hold. */
  explains: Table2EquationKind[];
  /**
   * False when setting this cell to `expected` would break another equation that holds now (two sums disagree on
   * the same total): the finding stands, but no fix is offered, so fix-all can never oscillate.
   */
  safe: boolean;
}

export interface Table2BalanceFinding {
  columnId: string;
  /** 一 + 二, after the attributed cells are corrected. */
  leftSum: number;
  /** 三（七） + 四, after the attributed cells are corrected. */
  rightSum: number;
  left: { rowId: string; cell: ValueCell }[];
  right: { rowId: string; cell: ValueCell }[];
}

export interface Table2Analysis {
  table: Table2;
  equations: Table2Equation[];
  /** In the order they were attributed. */
  cells: Table2CellFinding[];
  balances: Table2BalanceFinding[];
}

/**
 * A cell reference carrying its slot, built once: the attribution loop looks cells up many thousand times, so cells
 * live in an array indexed by row × column position in the edition's schema rather than in a map of string keys.
 */
interface KeyedRef extends Table2CellRef {
  readonly key: number;
}

/** Positions of the edition's rows and columns, for slots. */
interface Slots {
  rowIndex: Map<string, number>;
  columnIndex: Map<string, number>;
  size: number;
}

const slotsByEdition = new WeakMap<FormatEdition, Slots>();

function slotsOf(edition: FormatEdition): Slots {
  let slots = slotsByEdition.get(edition);
  if (!slots) {
    const { rows, columns } = edition.table2;
    slots = {
      rowIndex: new Map(rows.map((row, index) => [row.id, index])),
      columnIndex: new Map(columns.map((column, index) => [column.id, index])),
      size: rows.length * columns.length,
    };
    slotsByEdition.set(edition, slots);
  }
  return slots;
}

/** The slot of a cell, or -1 for a row or column the edition does not have. */
function slotOf(slots: Slots, rowId: string, columnId: string): number {
  const row = slots.rowIndex.get(rowId);
  const column = slots.columnIndex.get(columnId);
  return row === undefined || column === undefined ? -1 : row * slots.columnIndex.size + column;
}

interface KeyedEquation extends Table2Equation {
  left: KeyedRef[];
  right: KeyedRef[];
}

const keyedRef = (slots: Slots, rowId: string, columnId: string): KeyedRef => ({ rowId, columnId, key: slotOf(slots, rowId, columnId) });

function findTable2(model: ReportModel): Table2 | undefined {
  for (const section of model.sections) {
    if (section.table?.kind === 'table2') return section.table;
  }
  return undefined;
}

/** Cells by slot, leaving out unaligned rows and cells that hold no number. */
function readCells(table: Table2, slots: Slots): { cells: (ValueCell | undefined)[]; rows: Map<string, TableRow> } {
  const cells = new Array<ValueCell | undefined>(slots.size).fill(undefined);
  const rows = new Map<string, TableRow>();
  const width = slots.columnIndex.size;
  for (const row of table.rows) {
    if (!row.rowId || row.unaligned || rows.has(row.rowId)) continue;
    rows.set(row.rowId, row);
    const rowIndex = slots.rowIndex.get(row.rowId);
    if (rowIndex === undefined) continue;
    for (const cell of row.values) {
      const column = slots.columnIndex.get(cell.columnId);
      if (column !== undefined && countsInSums(cell)) cells[rowIndex * width + column] = cell;
    }
  }
  return { cells, rows };
}

/** The equations depend on the edition only, which is a constant: built once per edition, never mutated. */
const equationsByEdition = new WeakMap<FormatEdition, KeyedEquation[]>();

function buildEquations(edition: FormatEdition): KeyedEquation[] {
  const built = equationsByEdition.get(edition);
  if (built) return built;
  const spec = edition.table2;
  const slots = slotsOf(edition);
  const applicantColumns = spec.columns.filter((column) => column.id !== spec.totalColumn).map((column) => column.id);
  const equations: KeyedEquation[] = [];
  for (const column of spec.columns) {
    equations.push({
      kind: 'result',
      key: column.id,
      left: [keyedRef(slots, spec.resultTotalRow, column.id)],
      right: spec.resultRows.map((rowId) => keyedRef(slots, rowId, column.id)),
    });
    equations.push({
      kind: 'balance',
      key: column.id,
      left: spec.balance.left.map((rowId) => keyedRef(slots, rowId, column.id)),
      right: spec.balance.right.map((rowId) => keyedRef(slots, rowId, column.id)),
    });
  }
  for (const row of spec.rows) {
    equations.push({
      kind: 'row',
      key: row.id,
      left: [keyedRef(slots, row.id, spec.totalColumn)],
      right: applicantColumns.map((columnId) => keyedRef(slots, row.id, columnId)),
    });
  }
  equationsByEdition.set(edition, equations);
  return equations;
}

/** All refs of the edition's table 2 in schema order (row by row), built once: the candidates of step (1). */
const refsByEdition = new WeakMap<FormatEdition, KeyedRef[]>();

function allRefs(edition: FormatEdition): KeyedRef[] {
  let refs = refsByEdition.get(edition);
  if (!refs) {
    const slots = slotsOf(edition);
    refs = edition.table2.rows.flatMap((row) => edition.table2.columns.map((column) => keyedRef(slots, row.id, column.id)));
    refsByEdition.set(edition, refs);
  }
  return refs;
}

/** equationsByCell of all the edition's equations: what a complete table uses, so built once per edition. */
const allEquationsByCell = new WeakMap<FormatEdition, Map<number, KeyedEquation[]>>();

function equationsByCellOf(edition: FormatEdition, all: KeyedEquation[], checkable: KeyedEquation[]): Map<number, KeyedEquation[]> {
  if (checkable.length !== all.length) return equationsByCell(checkable);
  let byCell = allEquationsByCell.get(edition);
  if (!byCell) {
    byCell = equationsByCell(all);
    allEquationsByCell.set(edition, byCell);
  }
  return byCell;
}

/** For each cell key, the equations that name it. */
function equationsByCell(equations: KeyedEquation[]): Map<number, KeyedEquation[]> {
  const byCell = new Map<number, KeyedEquation[]>();
  for (const equation of equations) {
    for (const ref of [...equation.left, ...equation.right]) {
      const own = byCell.get(ref.key);
      if (own?.[own.length - 1] === equation) continue;
      if (own) own.push(equation);
      else byCell.set(ref.key, [equation]);
    }
  }
  return byCell;
}

/** Working values: the report's numbers, with attributed cells replaced by their corrected values. */
class WorkingCopy {
  /** The working value of each slot: the cell's number until the cell is attributed and corrected. */
  private readonly values: number[];
  private readonly corrected: boolean[];

  constructor(private readonly cells: readonly (ValueCell | undefined)[]) {
    this.values = cells.map((cell) => cell?.value ?? 0);
    this.corrected = cells.map(() => false);
  }

  has(ref: KeyedRef): boolean {
    return ref.key >= 0 && this.cells[ref.key] !== undefined;
  }

  value(ref: KeyedRef): number {
    return this.values[ref.key]!;
  }

  correct(ref: KeyedRef, value: number): void {
    this.values[ref.key] = value;
    this.corrected[ref.key] = true;
  }

  isCorrected(ref: KeyedRef): boolean {
    return this.corrected[ref.key]!;
  }

  sum(refs: KeyedRef[]): number {
    let total = 0;
    for (const ref of refs) total += this.value(ref);
    return total;
  }
}

/** An equation is checked only when every cell it names is there and holds a number. */
function checkable(equation: KeyedEquation, copy: WorkingCopy): boolean {
  return equation.left.every((ref) => copy.has(ref)) && equation.right.every((ref) => copy.has(ref));
}

function holds(equation: KeyedEquation, copy: WorkingCopy): boolean {
  return copy.sum(equation.left) === copy.sum(equation.right);
}

/** The value of `ref` that makes the equation hold, the others kept. */
function solveFor(equation: KeyedEquation, ref: KeyedRef, copy: WorkingCopy): number {
  const onLeft = equation.left.some((other) => other.key === ref.key);
  const own = onLeft ? equation.left : equation.right;
  const opposite = onLeft ? equation.right : equation.left;
  return copy.sum(opposite) - (copy.sum(own) - copy.value(ref));
}

function ruleFor(ref: Table2CellRef, edition: FormatEdition): Table2FindingRule {
  if (ref.rowId === edition.table2.resultTotalRow) return 'resultTotal';
  if (ref.columnId === edition.table2.totalColumn) return 'rowTotal';
  return 'cell';
}

/**
 * Attributes every failing equation of table 2 to one cell where one cell explains it:
 * (1) a cell all of whose (two or more) equations fail and agree on one corrected value;
 * (2) the （七）总计 cell of each still-failing result column; (3) the 总计 cell of each still-failing row;
 * (4) whatever balance still fails is reported as such. Each step works on the values corrected so far, so the
 * balance rule stays silent when the attributed corrections make it hold.
 */
export function analyseTable2(model: ReportModel, edition: FormatEdition): Table2Analysis | undefined {
  const table = findTable2(model);
  if (!table) return undefined;
  const slots = slotsOf(edition);
  const { cells, rows } = readCells(table, slots);
  const copy = new WorkingCopy(cells);
  const allEquations = buildEquations(edition);
  const equations = allEquations.filter((equation) => checkable(equation, copy));
  const byCell = equationsByCellOf(edition, allEquations, equations);
  const equationsOf = (ref: KeyedRef): KeyedEquation[] => byCell.get(ref.key) ?? [];
  const findings: Table2CellFinding[] = [];
  const findingRefs = new Map<Table2CellFinding, KeyedRef>();

  const attribute = (ref: KeyedRef, expected: number, explains: Table2EquationKind[]): void => {
    const cell = cells[ref.key]!;
    const finding: Table2CellFinding = {
      rule: ruleFor(ref, edition),
      rowId: ref.rowId,
      columnId: ref.columnId,
      row: rows.get(ref.rowId)!,
      cell,
      found: copy.value(ref),
      expected,
      explains,
      safe: true,
    };
    findings.push(finding);
    findingRefs.set(finding, ref);
    copy.correct(ref, expected);
  };

  // (1) single cells that explain all of their failing equations at once.
  const candidates = allRefs(edition).filter((ref) => copy.has(ref));
  for (let found = true; found; ) {
    found = false;
    // Which equations fail changes only when a cell is attributed (then the scan restarts), so it is computed once
    // per scan, not once per candidate; a consistent table is done after one pass over the equations.
    const failing = new Set(equations.filter((equation) => !holds(equation, copy)));
    if (failing.size === 0) break;
    for (const ref of candidates) {
      if (copy.isCorrected(ref)) continue;
      const own = equationsOf(ref);
      if (own.length < 2 || !own.every((equation) => failing.has(equation))) continue;
      const values = new Set(own.map((equation) => solveFor(equation, ref, copy)));
      if (values.size !== 1) continue;
      const [value] = values;
      if (value < 0) continue;
      attribute(ref, value, own.map((equation) => equation.kind));
      found = true;
      break;
    }
  }

  // (2) and (3): a stated total that disagrees with its parts when nothing else points at a part.
  for (const kind of ['result', 'row'] as const) {
    for (const equation of equations) {
      if (equation.kind !== kind || holds(equation, copy)) continue;
      const total = equation.left[0];
      // One finding per cell: a total already corrected for its column is not corrected again for its row.
      if (copy.isCorrected(total)) continue;
      attribute(total, copy.sum(equation.right), [kind]);
    }
  }

  // A correction is safe when, with every attributed correction made, all the cell's equations hold; otherwise two
  // sums disagree on one cell, and offering a fix would only move the error (fix-all would oscillate).
  for (const finding of findings) {
    finding.safe = equationsOf(findingRefs.get(finding)!).every((equation) => holds(equation, copy));
  }

  // (4) balances that no attributed cell explains.
  const balances: Table2BalanceFinding[] = [];
  for (const equation of equations) {
    if (equation.kind !== 'balance' || holds(equation, copy)) continue;
    const side = (refs: KeyedRef[]) => refs.map((ref) => ({ rowId: ref.rowId, cell: cells[ref.key]! }));
    balances.push({
      columnId: equation.key,
      leftSum: copy.sum(equation.left),
      rightSum: copy.sum(equation.right),
      left: side(equation.left),
      right: side(equation.right),
    });
  }

  return { table, equations, cells: findings, balances };
}
