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
  /**
   * A large document checked on the worker thread: the check's id there, whose result answers requests (answers.ts),
   * and the text it checked, to check again there if the worker no longer keeps that result.
   */
  offThread?: { checkId: number; text: string };
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

/** What an analysis was computed for: another version, configuration or last year's text needs another one. */
interface AnalysisKey {
  version: number;
  generation: number;
  documentConfig: DocumentConfig;
  previousReportText?: string;
}

function sameKey(a: AnalysisKey, b: AnalysisKey): boolean {
  return a.version === b.version && a.generation === b.generation && a.documentConfig === b.documentConfig && a.previousReportText === b.previousReportText;
}

/** Check results per open document, reused until the document's version or the configuration changes. */
export class AnalysisCache {
  /** In order of use, the most recent last. */
  private readonly entries = new Map<string, Analysis>();
  private readonly releases = new Map<string, () => void>();
  /** Off-thread analyses under way, by URI: a request arriving meanwhile waits for the same one. */
  private readonly inFlight = new Map<string, { key: AnalysisKey; analysis: Promise<Analysis> }>();

  /** Forgets the document's analysis (it closed); returns it, so its result kept on the worker can be let go too. */
  delete(uri: string): Analysis | undefined {
    const analysis = this.entries.get(uri);
    this.entries.delete(uri);
    this.releases.delete(uri);
    this.inFlight.delete(uri);
    return analysis;
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
    const key: AnalysisKey = { version: document.version, generation, documentConfig, previousReportText: checkOptions.previousReportText };
    return cached && sameKey(cached, key) ? cached : undefined;
  }

  /**
   * The analysis of the document's current version, for publishing and for requests. A large document is checked on
   * the worker thread, which keeps the result and answers the requests about it (Analysis.offThread); its full result
   * is computed on the main thread only if the worker fails. Small documents, and all without a worker, go to
   * `analyse`.
   */
  async analysisFor(
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
    const key: AnalysisKey = { version: document.version, generation, documentConfig, previousReportText: checkOptions.previousReportText };
    const running = this.inFlight.get(document.uri);
    if (running && sameKey(running.key, key)) return running.analysis;
    const analysis = this.analyseOffThread(document, text, key, checkOptions, offThread);
    this.inFlight.set(document.uri, { key, analysis });
    try {
      return await analysis;
    } finally {
      if (this.inFlight.get(document.uri)?.analysis === analysis) this.inFlight.delete(document.uri);
    }
  }

  private async analyseOffThread(document: TextDocument, text: string, key: AnalysisKey, checkOptions: CheckOptions, offThread: OffThreadCheck): Promise<Analysis> {
    let checked;
    try {
      checked = await offThread.check(text, checkOptions);
    } catch {
      // The worker failed (or died): check here. If the document moved on meanwhile, this analyses the newer version,
      // which the caller publishes only if it is still the current one.
      return this.analyse(document, key.documentConfig, checkOptions, key.generation);
    }
    const analysis: Analysis = {
      uri: document.uri,
      version: key.version,
      generation: key.generation,
      documentConfig: key.documentConfig,
      checkOptions,
      previousReportText: checkOptions.previousReportText,
      diagnostics: checked.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, document.uri)),
      offThread: { checkId: checked.checkId, text },
    };
    const release = lazyResult(analysis, text, checkOptions);
    // Stored only if still wanted: the document may have closed (delete) meanwhile, or a newer version been analysed
    // (off the thread, replacing this one in flight, or here, when an edit made it small); never replace it.
    const current = this.entries.get(document.uri);
    if (this.inFlight.get(document.uri)?.key === key && (!current || current.version <= analysis.version)) this.store(analysis, release);
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
