import type { GovreportConfig } from '../config';
import type { Fix, Severity } from '../diagnostic';
import type { FormatEdition } from '../format/schema';
import type { ReportModel, Span } from '../model';
import type { Table2Analysis } from '../analysis/table2';
import type { CheckMemo } from './support/memo';

/** Metadata of a rule, kept beside its check (as markdownlint's mdNNN and ESLint's rule modules do). */
export interface RuleMeta {
  /** Stable code: GR1xx structure, GR2xx values, GR3xx sums, GR4xx prose and metadata. */
  code: string;
  slug: string;
  severity: Severity;
  /** One line, Chinese. */
  description: string;
  fixable: boolean;
  /** Anchor of the rule's entry in docs/rules.md. */
  docs: string;
}

export interface RuleReport {
  span: Span;
  message: string;
  fix?: Fix;
  related?: { span: Span; message: string }[];
  /** Overrides the rule's default severity for this report (e.g. a prose hint). */
  severity?: Severity;
}

export interface RuleContext {
  /** Original text. */
  readonly text: string;
  readonly model: ReportModel;
  /** The edition the tables are checked against. */
  readonly edition: FormatEdition;
  readonly config: GovreportConfig;
  /** Last year's report, when configured and readable. */
  readonly previous?: ReportModel;
  /** Shared analysis of table 2's equations, computed once per check (cause attribution lives there). */
  table2(): Table2Analysis | undefined;
  /** What rules of this check share (located cells, prose clauses); dropped with the check. */
  readonly memo: CheckMemo;
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
