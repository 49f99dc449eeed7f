/** The checking core's public surface: used by the language server, the CLI and the browser worker. */
export { checkReport, type CheckOptions, type CheckResult } from './check';
export { applyEdits, fixAll, fixableDiagnostics } from './fix';
export { parseConfig, mergeConfigs, type GovreportConfig, type ReportKind, type RuleSetting } from './config';
export type { Diagnostic, Severity, Position, Range, TextEdit, Fix } from './diagnostic';
export type * from './model';
export { LineIndex } from './text/lineIndex';
export { toSimplified, toTraditional } from './text/convert';
export { RULES } from './rules';
export type { Rule, RuleMeta } from './rules/types';
export * as format from './format';
