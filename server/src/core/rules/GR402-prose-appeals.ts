import { APPEAL_PHRASE_EXCLUSIONS, APPEAL_STATEMENTS, DISTRIBUTIVE_WORDS, LIST_JOINERS, NEGATIONS, TABLE_NAMES } from '../format/prose';
import { countsInSums, type ValueCell } from '../model';
import { clausesOf, countsIn, earliestKeyword, spanInLine } from './support/prose';
import { findTable } from './support/tables';
import type { Rule } from './types';

const ALL_APPEAL_KEYWORDS = APPEAL_STATEMENTS.flatMap((statement) => statement.keywords);
const namesAppeal = (text: string): boolean => ALL_APPEAL_KEYWORDS.some((keyword) => text.includes(keyword));
/** Per statement, the keywords of the other statements: where its own scope ends. */
const OTHER_KEYWORDS = new Map(
  APPEAL_STATEMENTS.map((statement) => [statement, APPEAL_STATEMENTS.filter((other) => other !== statement).flatMap((other) => other.keywords)]),
);

const usable = (cell: ValueCell | undefined): cell is ValueCell => cell !== undefined && countsInSums(cell);

/** `、` `和` …: nothing but a list joiner (and spaces) between two keywords. */
function isJoiner(text: string): boolean {
  const trimmed = text.trim();
  return LIST_JOINERS.includes(trimmed);
}

/**
 * The count a later keyword's `各 N 件` gives this one too: 行政复议、行政诉讼各 0 件. `rest` is the text after the next
 * keyword; the count must follow a distributive word before any other count.
 */
function sharedCount(rest: string): { value: number; end: number } | undefined {
  const count = countsIn(rest)[0];
  if (!count) return undefined;
  const before = rest.slice(0, count.start);
  return DISTRIBUTIVE_WORDS.some((word) => before.includes(word)) ? { value: count.value, end: count.end } : undefined;
}

/** Hides phrases such as 未经复议 behind filler of the same length, so offsets stay valid. */
function maskExclusions(text: string): string {
  return APPEAL_PHRASE_EXCLUSIONS.reduce(
    (masked, phrase) => (masked.includes(phrase) ? masked.split(phrase).join('\u3000'.repeat(phrase.length)) : masked),
    text,
  );
}

export const rule: Rule = {
  meta: {
    code: 'GR402',
    slug: 'prose-appeals',
    severity: 'warning',
    description: '总体情况中所述的行政复议、行政诉讼件数与表三不一致',
    fixable: false,
    docs: 'gr402',
  },
  check(context) {
    const { model, edition } = context;
    const table = findTable(model, 'table3')?.table;
    if (!table || table.unaligned) return;
    const groupTotal = new Map<string, number>();
    for (const group of table.groups) {
      const total = group.values.find((cell) => cell.columnId === edition.table3.totalColumn);
      const parts = group.values.filter((cell) => cell !== total);
      // A total that disagrees with its own parts is GR305's finding; prose is not compared against it.
      if (usable(total) && parts.every(usable) && parts.reduce((sum, cell) => sum + cell.value, 0) === total.value) {
        groupTotal.set(group.groupId, total.value);
      }
    }
    const lines = model.sections
      .filter((section) => section.id === 'overview' || section.id === 'appeals')
      .flatMap((section) => section.prose)
      .filter((line) => namesAppeal(line.text));
    for (const clause of clausesOf(context, lines)) {
      // Most clauses name no appeal at all; masking only hides text, so it cannot make a keyword appear.
      if (!namesAppeal(clause.text)) continue;
      const text = maskExclusions(clause.text);
      for (const statement of APPEAL_STATEMENTS) {
        if (!statement.groups.every((id) => groupTotal.has(id))) continue;
        const keyword = earliestKeyword(text, statement.keywords);
        if (!keyword) continue;
        const afterKeyword = keyword.index + keyword.keyword.length;
        const others = OTHER_KEYWORDS.get(statement)!;
        const next = earliestKeyword(text.slice(afterKeyword), others);
        const scope = text.slice(afterKeyword, next ? afterKeyword + next.index : text.length);
        const count = countsIn(scope)[0];
        const afterNext = next ? afterKeyword + next.index + next.keyword.length : text.length;
        const shared = !count && next && isJoiner(scope) ? sharedCount(text.slice(afterNext)) : undefined;
        let value: number;
        let end: number;
        if (count) {
          value = count.value;
          end = afterKeyword + count.end;
        } else if (shared) {
          value = shared.value;
          end = afterNext + shared.end;
        } else if (NEGATIONS.some((word) => text.slice(0, keyword.index).includes(word))) {
          value = 0;
          end = afterKeyword;
        } else {
          continue;
        }
        const stated = statement.groups.reduce((sum, id) => sum + groupTotal.get(id)!, 0);
        if (stated === value) continue;
        const groupsNamed = statement.groups.length > 1 ? '各组总计之和' : '总计';
        context.report({
          span: spanInLine(clause.line, clause.start + keyword.index, clause.start + end),
          message: `总体情况称${statement.name} ${value} 件，${TABLE_NAMES.table3}“${statement.name}”${groupsNamed}为 ${stated}`,
        });
      }
    }
  },
};
