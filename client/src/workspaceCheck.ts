import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CheckFilesRequest, type CheckFilesResult } from '../../server/src/lsp/protocol';
import { decodeReport, showEncodingNotice } from './decodeReport';
import { maxFileSizeOf, showSizeNotice } from './sizeLimit';

const REPORT_FILES = '**/*.govreport';
/** Reports under such a folder are a package's, not the workspace's: never checked by the command. */
const EXCLUDED_FOLDER = 'node_modules';

/** Upper bound of files "check all reports" reads, so a huge workspace cannot stall the editor. */
const MAX_WORKSPACE_FILES = 5000;

/**
 * Changes on disk are gathered this long before they are checked: a `git checkout` or a `govreport fix` over a
 * folder rewrites many reports at once, and one request for all of them beats one per file event.
 */
const DISK_CHANGE_DELAY_MS = 100;

function isOpen(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key);
}

/**
 * "Check all reports", and what keeps its results true afterwards. The problems it shows for reports that are not
 * open follow the files on disk: a report changed outside the editor (by git, by `govreport fix`) is checked again,
 * a deleted one loses its problems and notices, instead of both staying in the Problems panel as they were when the
 * command ran, and a report added to the workspace afterwards is checked as the command would have checked it. Open
 * reports are the server's (it checks them as they are edited), so they are left alone here.
 */
export class WorkspaceCheck implements vscode.Disposable {
  /** Reports this class showed problems or a notice for, by URI. */
  private readonly checked = new Set<string>();
  private readonly changedOnDisk = new Map<string, vscode.Uri>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly client: BaseLanguageClient) {}

  /** Checks every report of the workspace (up to MAX_WORKSPACE_FILES) and from then on follows them on disk. */
  async checkAll(): Promise<CheckFilesResult> {
    this.watchDisk();
    const uris = await vscode.workspace.findFiles(REPORT_FILES, `**/${EXCLUDED_FOLDER}/**`, MAX_WORKSPACE_FILES);
    return this.check(uris);
  }

  dispose(): void {
    clearTimeout(this.changeTimer);
    this.watcher?.dispose();
  }

  private watchDisk(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(REPORT_FILES);
    // A file created and then written at once is reported as created only, and a file deleted and written again (as
    // git does) as changed. A report checked before is checked again either way; a new one (brought by a `git pull`)
    // is checked too, as the command would have checked it, so the Problems panel keeps showing every report.
    this.watcher.onDidCreate((uri) => {
      if (this.checked.has(uri.toString()) || this.isNewReport(uri)) this.checkSoon(uri);
    });
    this.watcher.onDidChange((uri) => {
      if (this.checked.has(uri.toString())) this.checkSoon(uri);
    });
    this.watcher.onDidDelete((uri) => this.deleted(uri));
  }

  /** A report the command would find now: outside EXCLUDED_FOLDER, within MAX_WORKSPACE_FILES with those pending. */
  private isNewReport(uri: vscode.Uri): boolean {
    if (this.checked.size + this.changedOnDisk.size >= MAX_WORKSPACE_FILES) return false;
    return !uri.path.split('/').includes(EXCLUDED_FOLDER);
  }

  private checkSoon(uri: vscode.Uri): void {
    this.changedOnDisk.set(uri.toString(), uri);
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      const uris = [...this.changedOnDisk.values()].filter((changed) => !isOpen(changed));
      this.changedOnDisk.clear();
      if (uris.length > 0) void this.check(uris);
    }, DISK_CHANGE_DELAY_MS);
  }

  private deleted(uri: vscode.Uri): void {
    if (!this.checked.delete(uri.toString())) return;
    this.changedOnDisk.delete(uri.toString());
    // After the checks already sent, whose diagnostics would otherwise arrive after the clearing. An open report
    // keeps its problems, as every editor keeps a deleted file's: saving it writes it back.
    void this.inOrder(async () => {
      if (!isOpen(uri)) this.client.diagnostics?.delete(uri);
    });
  }

  /** Runs `step` after every step queued before it: a check's diagnostics arrive before its request's answer. */
  private inOrder<T>(step: () => Promise<T>): Promise<T> {
    const done = this.queue.then(step);
    this.queue = done.catch(() => undefined);
    return done;
  }

  private check(uris: readonly vscode.Uri[]): Promise<CheckFilesResult> {
    return this.inOrder(() => this.readAndCheck(uris));
  }

  /**
   * Reads and checks `uris`. Files above govreport.maxFileSize get the size notice here and are not sent, as open
   * ones are not (sizeLimit.ts); files that are not text in UTF-8 or GB18030 get the encoding notice. A file that
   * cannot be read any more (deleted between the event and the read) loses what was shown for it.
   */
  private async readAndCheck(uris: readonly vscode.Uri[]): Promise<CheckFilesResult> {
    const read = await Promise.all(
      uris.map(async (uri) => {
        try {
          return { uri, text: decodeReport(await vscode.workspace.fs.readFile(uri)), readable: true };
        } catch {
          return { uri, text: undefined, readable: false };
        }
      }),
    );
    const files = read.flatMap(({ uri, text, readable }) => {
      if (!readable) {
        this.deleted(uri);
        return [];
      }
      this.checked.add(uri.toString());
      if (text === undefined) {
        showEncodingNotice(this.client, uri);
        return [];
      }
      const limit = maxFileSizeOf(uri);
      if (text.length <= limit) return [{ uri: uri.toString(), text }];
      showSizeNotice(this.client, uri, text.length, limit);
      return [];
    });
    return this.client.sendRequest(CheckFilesRequest, { files });
  }
}
