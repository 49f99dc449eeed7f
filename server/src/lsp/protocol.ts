/**
 * Requests the extension sends beyond the standard protocol. Shared by client and server (the client imports only
 * these types and names; no core code goes into the client bundle).
 */
import { RequestType, NotificationType, type TextEdit } from 'vscode-languageserver-protocol';

/** The source of every diagnostic the server publishes; the client counts its own by it (status bar). */
export const DIAGNOSTIC_SOURCE = 'govreport';

export interface ExportTablesParams {
  uri: string;
  format: 'csv' | 'json';
}
/** The three tables of an open report as CSV or JSON text; null for a document the server does not hold. */
export const ExportTablesRequest = new RequestType<ExportTablesParams, { content: string } | null, void>('govreport/exportTables');

export interface ConvertParams {
  uri: string;
  target: 'traditional' | 'simplified';
}
/** Edits converting the whole document with opencc-js. */
export const ConvertRequest = new RequestType<ConvertParams, TextEdit[], void>('govreport/convert');

/** Edits rewriting every one-cell-per-line table of the document as pipe rows. */
export const RewriteTablesRequest = new RequestType<{ uri: string }, TextEdit[], void>('govreport/rewriteTables');

export interface NewReportParams {
  agency: string;
  year: number;
}
/** The text of a new report from the standard template. */
export const NewReportRequest = new RequestType<NewReportParams, { text: string }, void>('govreport/newReport');

/** Whether a plain-text file looks like a report (at least three of the six standard headings). */
export const LooksLikeReportRequest = new RequestType<{ text: string }, boolean, void>('govreport/looksLikeReport');

export interface CheckFilesParams {
  /** Files the client read from the workspace (the server does no workspace-wide reading of its own). */
  files: { uri: string; text: string }[];
}
export interface CheckFilesResult {
  files: number;
  errors: number;
  warnings: number;
}
/** Checks files that are not open and publishes their diagnostics. */
export const CheckFilesRequest = new RequestType<CheckFilesParams, CheckFilesResult, void>('govreport/checkFiles');

/** Sent when the user trusts the workspace: the server may then read the configured previous report. */
export const WorkspaceTrustedNotification = new NotificationType<void>('govreport/workspaceTrusted');

export interface GovreportInitializationOptions {
  /** False in a restricted (untrusted) workspace. */
  workspaceTrusted?: boolean;
}
