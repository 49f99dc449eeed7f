import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { TextEdit } from 'vscode-languageserver-protocol';
import type { EnsureStarted } from './activate';
import {
  ConvertRequest,
  ExportTablesRequest,
  NewReportRequest,
  RewriteTablesRequest,
} from '../../server/src/lsp/protocol';
import { WorkspaceCheck } from './workspaceCheck';

export const GOVREPORT_LANGUAGE_ID = 'govreport';

function activeReport(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === GOVREPORT_LANGUAGE_ID) return editor;
  void vscode.window.showWarningMessage(vscode.l10n.t('Open an annual report (.govreport) first.'));
  return undefined;
}

async function applyServerEdits(client: BaseLanguageClient, document: vscode.TextDocument, edits: TextEdit[]): Promise<boolean> {
  if (edits.length === 0) return false;
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(document.uri, await client.protocol2CodeConverter.asTextEdits(edits));
  return vscode.workspace.applyEdit(workspaceEdit);
}

async function newReport(client: BaseLanguageClient): Promise<void> {
  const agency = await vscode.window.showInputBox({
    title: vscode.l10n.t('New annual report'),
    prompt: vscode.l10n.t('Agency name, e.g. 某市数据局 or 某县人民政府'),
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Enter the agency name.')),
  });
  if (!agency) return;
  const lastYear = new Date().getFullYear() - 1;
  const year = await vscode.window.showInputBox({
    title: vscode.l10n.t('New annual report'),
    prompt: vscode.l10n.t('Report year'),
    value: String(lastYear),
    validateInput: (value) => (/^(19|20)\d\d$/.test(value.trim()) ? undefined : vscode.l10n.t('Enter a four-digit year.')),
  });
  if (!year) return;
  const { text } = await client.sendRequest(NewReportRequest, { agency: agency.trim(), year: Number(year.trim()) });
  const document = await vscode.workspace.openTextDocument({ language: GOVREPORT_LANGUAGE_ID, content: text });
  await vscode.window.showTextDocument(document);
}

async function convert(client: BaseLanguageClient, target: 'traditional' | 'simplified'): Promise<void> {
  const editor = activeReport();
  if (!editor) return;
  const edits = await client.sendRequest(ConvertRequest, { uri: editor.document.uri.toString(), target });
  await applyServerEdits(client, editor.document, edits);
}

async function rewriteTables(client: BaseLanguageClient): Promise<void> {
  const editor = activeReport();
  if (!editor) return;
  const edits = await client.sendRequest(RewriteTablesRequest, { uri: editor.document.uri.toString() });
  if (!(await applyServerEdits(client, editor.document, edits))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No one-cell-per-line table in this report.'));
  }
}

async function exportTables(client: BaseLanguageClient, format: 'csv' | 'json'): Promise<void> {
  const editor = activeReport();
  if (!editor) return;
  const exported = await client.sendRequest(ExportTablesRequest, { uri: editor.document.uri.toString(), format });
  if (!exported) return;
  const source = editor.document.uri;
  const base = source.path.replace(/\.[^./]*$/, '') || '/report';
  const defaultUri = source.scheme === 'untitled' ? undefined : source.with({ path: `${base}.${format}` });
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { [format.toUpperCase()]: [format] } });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(exported.content));
  void vscode.window.showInformationMessage(vscode.l10n.t('Tables exported to {0}', vscode.workspace.asRelativePath(target)));
}

async function checkWorkspace(workspaceCheck: WorkspaceCheck): Promise<void> {
  const summary = await workspaceCheck.checkAll();
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Checked {0} reports: {1} errors, {2} warnings (see the Problems panel).', summary.files, summary.errors, summary.warnings),
  );
}

/** Every command listed in package.json `contributes.commands`. */
export function registerCommands(context: vscode.ExtensionContext, client: BaseLanguageClient, ensureStarted: EnsureStarted): void {
  const workspaceCheck = new WorkspaceCheck(client);
  context.subscriptions.push(workspaceCheck);
  const commands: Record<string, () => Promise<void>> = {
    'govreport.newReport': () => newReport(client),
    'govreport.convertToTraditional': () => convert(client, 'traditional'),
    'govreport.convertToSimplified': () => convert(client, 'simplified'),
    'govreport.exportCsv': () => exportTables(client, 'csv'),
    'govreport.exportJson': () => exportTables(client, 'json'),
    'govreport.checkWorkspace': () => checkWorkspace(workspaceCheck),
    'govreport.rewriteTables': () => rewriteTables(client),
  };
  for (const [id, run] of Object.entries(commands)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async () => {
        await ensureStarted();
        await run();
      }),
    );
  }
}
