import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport, type CheckOptions, type CheckResult } from '../core/check';
import type { DocumentConfig } from './documentConfig';
import type { OffThreadCheck } from './offThreadChecker';
import { sizeLimitDiagnostic } from './sizeLimit';
import { toLspDiagnostic } from './toLsp';

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

/**
 * Documents at least this long are checked on the worker thread for their diagnostics (about 0.1 s of checking,
 * ten times the largest real report), so typing in a small report is never held up by them.
 */
export const OFF_THREAD_LENGTH = 200_000;

/**
 * How many documents keep their full check result (model, line index) in memory; the others keep their diagnostics
 * and recompute the result (about a millisecond for a real report) when a request needs it. A reviewer with 200
 * reports open would otherwise hold 200 models for the handful being looked at.
 */
export const RETAINED_RESULTS = 16;

/** Gives `analysis` a `result` computed at most once until released; returns the release function. */
function lazyResult(analysis: Analysis, text: string, options: CheckOptions, initial?: CheckResult): () => void {
  let result = initial;
  Object.defineProperty(analysis, 'result', { enumerable: true, configurable: true, get: () => (result ??= checkReport(text, options)) });
  return () => {
    result = undefined;
  };
}

/** Check results per open document, reused until the document's version or the configuration changes. */
export class AnalysisCache {
  /** In order of use, the most recent last. */
  private readonly entries = new Map<string, Analysis>();
  private readonly releases = new Map<string, () => void>();

  delete(uri: string): void {
    this.entries.delete(uri);
    this.releases.delete(uri);
  }

  /** Records `analysis` as the most recently used, and releases the results of all but the most recent few. */
  private store(analysis: Analysis, release?: () => void): void {
    this.entries.delete(analysis.uri);
    this.entries.set(analysis.uri, analysis);
    if (release) this.releases.set(analysis.uri, release);
    else this.releases.delete(analysis.uri);
    let older = this.entries.size - RETAINED_RESULTS;
    for (const uri of this.entries.keys()) {
      if (older-- <= 0) break;
      this.releases.get(uri)?.();
    }
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
    const analysis: Analysis = {
      uri: document.uri,
      version,
      generation,
      documentConfig,
      checkOptions,
      previousReportText: checkOptions.previousReportText,
      diagnostics: diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, document.uri)),
    };
    const release = lazyResult(analysis, text, checkOptions);
    // A newer version may have been analysed while the worker ran; never replace it with an older one.
    const current = this.entries.get(document.uri);
    if (!current || current.version <= analysis.version) this.store(analysis, release);
    return analysis;
  }

  analyse(document: TextDocument, documentConfig: DocumentConfig, checkOptions: CheckOptions, generation: number): Analysis {
    const cached = this.cached(document, documentConfig, checkOptions, generation);
    if (cached) {
      this.store(cached, this.releases.get(cached.uri));
      return cached;
    }
    const text = document.getText();
    const limit = documentConfig.settings.maxFileSize;
    const base = { uri: document.uri, version: document.version, generation, documentConfig, checkOptions, previousReportText: checkOptions.previousReportText };
    if (text.length > limit) {
      const analysis: Analysis = { ...base, diagnostics: [sizeLimitDiagnostic(text.length, limit)] };
      this.store(analysis);
      return analysis;
    }
    const result = checkReport(text, checkOptions);
    const analysis: Analysis = { ...base, diagnostics: result.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, document.uri)) };
    this.store(analysis, lazyResult(analysis, text, checkOptions, result));
    return analysis;
  }
}
