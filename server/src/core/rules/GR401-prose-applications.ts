import { APPLICATION_CONTEXT, APPLICATION_EXCLUSIONS, APPLICATION_STATEMENTS, TABLE_NAMES } from '../format/prose';
import { clausesOf, countsIn, earliestKeyword, mayHoldCount, spanInLine } from './support/prose';
import { findTable } from './support/tables';
import type { Rule } from './types';

const ALL_KEYWORDS = APPLICATION_STATEMENTS.flatMap((statement) => statement.keywords);
/** The table-2 rows whose 总计 the prose is compared with. */
const STATED_ROWS = new Set(APPLICATION_STATEMENTS.map((statement) => statement.rowId));

export const rule: Rule = {
  meta: {
    code: 'GR401',
    slug: 'prose-applications',
    severity: 'warning',
    description: '总体情况中所述的申请件数与表二不一致',
    fixable: false,
    docs: 'gr401',
  },
  check(context) {
    const { model, edition } = context;
    const table = findTable(model, 'table2')?.table;
    const overview = model.sections.find((section) => section.id === 'overview');
    if (!table || !overview) return;
    const totals = new Map<string, number>();
    // A total the table-2 analysis already blames is reported there; prose is not compared against it.
    const blamed = new Set((context.table2()?.cells ?? []).filter((finding) => finding.columnId === edition.table2.totalColumn).map((finding) => finding.rowId));
    for (const row of table.rows) {
      if (!row.rowId || !STATED_ROWS.has(row.rowId) || row.unaligned || totals.has(row.rowId) || blamed.has(row.rowId)) continue;
      const total = row.values.find((cell) => cell.columnId === edition.table2.totalColumn);
      if (total?.readable) totals.set(row.rowId, total.value);
    }
    for (const clause of clausesOf(context, overview.prose.filter((line) => mayHoldCount(line.text)))) {
      // A clause without a count is skipped before its (longer) sentence is searched for context words.
      if (!mayHoldCount(clause.text) || !APPLICATION_CONTEXT.some((word) => clause.sentence.includes(word))) continue;
      let from = 0;
      for (const count of countsIn(clause.text)) {
        const segment = clause.text.slice(from, count.start);
        const segmentStart = from;
        from = count.end;
        if (APPLICATION_EXCLUSIONS.some((word) => segment.includes(word))) continue;
        const keyword = earliestKeyword(segment, ALL_KEYWORDS);
        if (!keyword) continue;
        const statement = APPLICATION_STATEMENTS.find((candidate) => candidate.keywords.includes(keyword.keyword))!;
        const stated = totals.get(statement.rowId);
        if (stated === undefined || stated === count.value) continue;
        context.report({
          span: spanInLine(clause.line, clause.start + segmentStart + keyword.index, clause.start + count.end),
          message: `总体情况称${keyword.keyword}申请 ${count.value} 件，${TABLE_NAMES.table2}“${statement.name}”总计为 ${stated}`,
        });
      }
    }
  },
};
