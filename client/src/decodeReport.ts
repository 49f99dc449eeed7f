import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { DIAGNOSTIC_SOURCE } from '../../server/src/lsp/protocol';
import { showFileNotice } from './fileNotice';

/**
 * Bytes of a report that is not open in an editor → its text, read as the CLI reads reports: UTF-8 (a BOM
 * dropped), else GB18030, in which many agencies still publish; NUL bytes (binary data, UTF-16) or bytes valid in
 * neither give undefined. The CLI's own decoder (server/src/node/decode.ts) needs Node's Buffer and iconv-lite; the
 * extension may run in a browser, where TextDecoder decodes both encodings. Open documents are decoded by VS Code,
 * which guesses the encoding of .govreport files (package.json, configurationDefaults).
 */
export function decodeReport(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Not this encoding (or, for GB18030, a runtime without it): try the next.
    }
  }
  return undefined;
}

/** What "check all reports" shows on a file it could not read as text. */
const ENCODING_NOTICE: Diagnostic = {
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  severity: DiagnosticSeverity.Warning,
  code: 'encoding',
  source: DIAGNOSTIC_SOURCE,
  message: '文件既不是 UTF-8 也不是 GB18030 文本，未作检查：请另存为 UTF-8 或 GB18030。',
};

export function showEncodingNotice(client: BaseLanguageClient, uri: vscode.Uri): void {
  showFileNotice(client, uri, ENCODING_NOTICE);
}
