import type { GovreportConfig, RuleSetting } from './config';
import type { Diagnostic, Severity } from './diagnostic';
import { EDITION_2019, EDITION_2021 } from './format/editions';
import type { ReportModel } from './model';
import { parseReport } from './parse';
import { analyseTable2, type Table2Analysis } from './analysis/table2';
import { RULES } from './rules';
import type { Rule, RuleContext, RuleReport } from './rules/types';
import { CheckMemo } from './rules/support/memo';
import { LineIndex } from './text/lineIndex';

export interface CheckOptions {
  config?: GovreportConfig;
  /** Text of last year's report (the caller reads the file; the core does no I/O). */
  previousReportText?: string;
}

export interface CheckResult {
  text: string;
  model: ReportModel;
  diagnostics: Diagnostic[];
  lineIndex: LineIndex;
  /** The configuration the report was checked with (hovers explain what it decided). */
  config: GovreportConfig;
}

/** Resolves a rule's configured severity: by code first, then by slug; undefined means the default. */
function configuredSetting(rule: Rule, config: GovreportConfig): RuleSetting | undefined {
  return config.rules?.[rule.meta.code] ?? config.rules?.[rule.meta.slug];
}

/**
 * Last year's report is the same text for every report of a folder (CLI) or of a workspace (server): its model is
 * kept for the last text seen — one entry, so nothing grows with the reports checked.
 */
let lastPrevious: { text: string; model: ReportModel } | undefined;

function previousModel(text: string): ReportModel {
  if (lastPrevious?.text !== text) lastPrevious = { text, model: parseReport(text) };
  return lastPrevious.model;
}

/** decode (caller) → normalise → parse → rules → diagnostics with fixes. Pure: no I/O, no vscode. */
export function checkReport(text: string, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? {};
  const model = parseReport(text);
  const lineIndex = new LineIndex(text);
  const previous = options.previousReportText !== undefined ? previousModel(options.previousReportText) : undefined;
  const edition = model.edition === '2019' ? EDITION_2019 : EDITION_2021;
  const diagnostics: Diagnostic[] = [];
  let table2Analysis: Table2Analysis | undefined | null = null;
  const memo = new CheckMemo();
  const table2 = (): Table2Analysis | undefined => {
    if (table2Analysis === null) table2Analysis = analyseTable2(model, edition);
    return table2Analysis;
  };

  for (const rule of RULES) {
    const setting = configuredSetting(rule, config);
    if (setting === 'off') continue;
    const severity: Severity = setting ?? rule.meta.severity;
    const context: RuleContext = {
      text,
      model,
      edition,
      config,
      previous,
      memo,
      table2,
      report: (report: RuleReport) => diagnostics.push(toDiagnostic(rule, setting ? severity : report.severity ?? severity, report, lineIndex)),
    };
    rule.check(context);
  }
  diagnostics.sort(byPosition);
  return { text, model, diagnostics, lineIndex, config };
}

/** Document order, then by code (codes are ASCII: compared by code unit, not by the slower locale collation). */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

function toDiagnostic(rule: Rule, severity: Severity, report: RuleReport, lineIndex: LineIndex): Diagnostic {
  const diagnostic: Diagnostic = {
    code: rule.meta.code,
    slug: rule.meta.slug,
    severity,
    message: report.message,
    span: report.span,
    range: { start: lineIndex.positionAt(report.span.start), end: lineIndex.positionAt(report.span.end) },
  };
  if (report.fix) diagnostic.fix = report.fix;
  if (report.related?.length) {
    diagnostic.related = report.related.map((related) => ({
      span: related.span,
      message: related.message,
      range: { start: lineIndex.positionAt(related.span.start), end: lineIndex.positionAt(related.span.end) },
    }));
  }
  return diagnostic;
}
