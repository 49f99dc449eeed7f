import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../server/src/lsp/protocol';
import { GOVREPORT_LANGUAGE_ID } from './commands';

/** Error and warning counts of the active report, updated when its diagnostics or the active editor change. */
export function registerStatusBar(context: vscode.ExtensionContext): void {
  const item = vscode.window.createStatusBarItem('govreport.status', vscode.StatusBarAlignment.Left, 100);
  item.name = vscode.l10n.t('Government report check');
  item.command = 'workbench.actions.view.problems';

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== GOVREPORT_LANGUAGE_ID) {
      item.hide();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning).length;
    item.text = `$(error) ${errors} $(warning) ${warnings}`;
    item.tooltip = vscode.l10n.t('Annual report: {0} errors, {1} warnings', errors, warnings);
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) update();
    }),
  );
  update();
}
