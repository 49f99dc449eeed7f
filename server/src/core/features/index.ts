/** Editor features as pure functions of a CheckResult: the language server maps requests onto these. */
export { hoverAt, type HoverInfo } from './hover';
export { documentSymbols, type ReportSymbol } from './symbols';
export { foldingRanges, type ReportFoldingRange } from './folding';
export { inlayHints, type ReportInlayHint } from './inlayHints';
export { formatPipeTables } from './formatting';
export { codeActions, fixAllAction, conversionAction, CodeActionKinds, type ReportCodeAction, type CodeActionRequest } from './codeActions';
export { cellPerLineTables, rewriteAsPipeRows } from './rewriteTable';
export { missingSectionInsertions, missingTableInsertions, standardHeading } from './insertSection';
export { exportedValues, tablesAsCsv, tablesAsJson, type ExportedValue } from './exportTables';
export { newReportTemplate, type TemplateRequest } from './template';
export { totalsOf, type TotalCheck } from './totals';
export { tableStyleOf, type TableStyle } from './tableText';
export { changedPart } from './textDiff';
export { looksLikeReport, HEADINGS_FOR_REPORT } from './detectReport';
