import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport, type CheckOptions, type CheckResult } from '../core/check';
import type { DocumentConfig } from './documentConfig';
import type { OffThreadCheck } from './offThreadChecker';
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

/**
 * Documents at least this long are checked on the worker thread for their diagnostics (about 0.1 s of checking,
 * ten times the largest real report), so typing in a small report is never held up by them.
 */
export const OFF_THREAD_LENGTH = 200_000;

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

  private cached(document: TextDocument, documentConfig: DocumentConfig, checkOptions: CheckOptions, generation: number): Analysis | undefined {
    const cached = this.entries.get(document.uri);
    const fresh =
      cached &&
      cached.version === document.version &&
      cached.generation === generation &&
      cached.previousReportText === checkOptions.previousReportText &&
      cached.documentConfig === documentConfig;
    return fresh ? cached : undefined;
  }

  /**
   * For publishing: a large document's diagnostics come from the worker thread, and its full result (for hovers,
   * symbols, fixes) is computed on the main thread only when a request needs it. Falls back to `analyse` for small
   * documents, without a worker, or when the worker fails.
   */
  async analyseForPublish(
    document: TextDocument,
    documentConfig: DocumentConfig,
    checkOptions: CheckOptions,
    generation: number,
    offThread: OffThreadCheck | undefined,
  ): Promise<Analysis> {
    const text = document.getText();
    const cached = this.cached(document, documentConfig, checkOptions, generation);
    if (cached || !offThread || text.length < OFF_THREAD_LENGTH || text.length > documentConfig.settings.maxFileSize) {
      return cached ?? this.analyse(document, documentConfig, checkOptions, generation);
    }
    // The document object is updated in place by later edits: take its version now, with its text.
    const version = document.version;
    let diagnostics;
    try {
      diagnostics = await offThread(text, checkOptions);
    } catch {
      // The worker failed (or died): check here. If the document moved on meanwhile, this analyses the newer version,
      // which the caller publishes only if it is still the current one.
      return this.analyse(document, documentConfig, checkOptions, generation);
    }
    let result: CheckResult | undefined;
    const analysis = {
      uri: document.uri,
      version,
      generation,
      documentConfig,
      checkOptions,
      previousReportText: checkOptions.previousReportText,
      diagnostics: diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, document.uri)),
    } as Analysis;
    Object.defineProperty(analysis, 'result', { enumerable: true, get: () => (result ??= checkReport(text, checkOptions)) });
    // A newer version may have been analysed while the worker ran; never replace it with an older one.
    const current = this.entries.get(document.uri);
    if (!current || current.version <= analysis.version) this.entries.set(document.uri, analysis);
    return analysis;
  }

  analyse(document: TextDocument, documentConfig: DocumentConfig, checkOptions: CheckOptions, generation: number): Analysis {
    const cached = this.cached(document, documentConfig, checkOptions, generation);
    if (cached) return cached;
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
