import type { CheckResult } from '../check';
import type { TextEdit } from '../diagnostic';
import { SECTIONS, type SectionSpec } from '../format/sections';
import { renderRows, standardTable, tableStyleOf } from './tableText';
import { editionOf } from './totals';

export interface SectionInsertion {
  spec: SectionSpec;
  edit: TextEdit;
}

/** The standard heading of a section, written as the format prints it. */
export function standardHeading(spec: SectionSpec): string {
  return `${spec.numeral}、${spec.heading}`;
}

/** The standard table of a section in this document's layout, or '' for sections without a table. */
export function standardTableText(result: CheckResult, spec: SectionSpec): string {
  if (!spec.table) return '';
  return renderRows(standardTable(spec.table, editionOf(result.model)), tableStyleOf(result), result.model.eol);
}

/**
 * For each standard section the document lacks: its heading (and blank standard table) inserted before the next
 * standard section present, or after the last section when none follows.
 */
export function missingSectionInsertions(result: CheckResult): SectionInsertion[] {
  const { model, text } = result;
  const eol = model.eol;
  const present = new Set(model.sections.map((section) => section.id));
  return SECTIONS.filter((spec) => !present.has(spec.id)).map((spec) => {
    const order = SECTIONS.indexOf(spec);
    const next = model.sections.find((section) => section.id && SECTIONS.findIndex((candidate) => candidate.id === section.id) > order);
    const table = standardTableText(result, spec);
    const block = [standardHeading(spec), ...(table ? [table] : [])].join(eol) + eol;
    if (next) return { spec, edit: { span: { start: next.span.start, end: next.span.start }, newText: block } };
    const last = model.sections[model.sections.length - 1];
    const at = last ? last.span.end : text.length;
    const needsBreak = at > 0 && !/[\r\n]/.test(text[at - 1]);
    return { spec, edit: { span: { start: at, end: at }, newText: (needsBreak ? eol : '') + block } };
  });
}

/** Sections that must hold a table and have none: the blank standard table inserted after the heading line. */
export function missingTableInsertions(result: CheckResult): SectionInsertion[] {
  const { model, lineIndex } = result;
  return model.sections.flatMap((section) => {
    const spec = SECTIONS.find((candidate) => candidate.id === section.id);
    if (!spec?.table || section.table) return [];
    const headingEnd = lineIndex.lineEnd(section.heading.line);
    return [{ spec, edit: { span: { start: headingEnd, end: headingEnd }, newText: model.eol + standardTableText(result, spec) } }];
  });
}
