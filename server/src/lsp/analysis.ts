import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport, type CheckOptions, type CheckResult } from '../core/check';
import type { DocumentConfig } from './documentConfig';
import { DIAGNOSTIC_SOURCE, toLspDiagnostic } from './toLsp';

/** The check of one document version under one configuration; what every handler answers from. */
export interface Analysis {
  uri: string;
  version: number;
  /** Configuration generation the result was computed under. */
  generation: number;
  previousReportText?: string;
  documentConfig: DocumentConfig;
  checkOptions: CheckOptions;
  /** Absent when the document is above the size limit and was not checked. */
  result?: CheckResult;
  diagnostics: LspDiagnostic[];
}

export const SIZE_LIMIT_CODE = 'max-file-size';

function sizeLimitDiagnostic(length: number, limit: number): LspDiagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: SIZE_LIMIT_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `文件有 ${length} 个字符，超过设置 govreport.maxFileSize 的上限 ${limit}，未作检查。`,
  };
}

/** Check results per open document, reused until the document's version or the configuration changes. */
export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  analyse(document: TextDocument, documentConfig: DocumentConfig, checkOptions: CheckOptions, generation: number): Analysis {
    const cached = this.entries.get(document.uri);
    if (
      cached &&
      cached.version === document.version &&
      cached.generation === generation &&
      cached.previousReportText === checkOptions.previousReportText &&
      cached.documentConfig === documentConfig
    ) {
      return cached;
    }
    const text = document.getText();
    const limit = documentConfig.settings.maxFileSize;
    let analysis: Analysis;
    if (text.length > limit) {
      analysis = { uri: document.uri, version: document.version, generation, documentConfig, checkOptions, diagnostics: [sizeLimitDiagnostic(text.length, limit)] };
    } else {
      const result = checkReport(text, checkOptions);
      analysis = {
        uri: document.uri,
        version: document.version,
        generation,
        documentConfig,
        checkOptions,
        result,
        diagnostics: result.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, document.uri)),
      };
    }
    analysis.previousReportText = checkOptions.previousReportText;
    this.entries.set(document.uri, analysis);
    return analysis;
  }
}
