import type { Connection } from 'vscode-languageserver';
import type { CheckOptions } from '../core/check';
import type { GovreportConfig } from '../core/config';
import type { ServerEnvironment } from './environment';
import { configFromSettings, DEFAULT_SETTINGS, effectiveConfig, settingsFrom, type GovreportSettings } from './settings';

/** Everything that decides how one document is checked and shown. */
export interface DocumentConfig {
  config: GovreportConfig;
  settings: GovreportSettings;
  /** Key of the previous report's file, resolved against the config file's folder or the workspace folder. */
  previousReportKey?: string;
}

export interface WorkspaceState {
  folders: string[];
  trusted: boolean;
  /** Whether the client answers workspace/configuration; without it the defaults apply. */
  canAskConfiguration: boolean;
}

/**
 * Per-document configuration: the `govreport` settings for the document's resource merged with its
 * `.govreportrc.json`. Cached until the settings or a watched config file change; `generation` tells cached
 * check results that they were computed under an older configuration.
 */
export class DocumentConfigs {
  private readonly cache = new Map<string, Promise<DocumentConfig>>();
  private readonly previousReports = new Map<string, string | undefined>();
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly environment: ServerEnvironment,
    private readonly workspace: WorkspaceState,
  ) {}

  invalidate(): void {
    this.cache.clear();
    this.previousReports.clear();
    this.generation++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  get(uri: string): Promise<DocumentConfig> {
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.load(uri);
      this.cache.set(uri, pending);
    }
    return pending;
  }

  /** Options for checkReport; the previous report is taken from the editor when open, else read once from disk. */
  checkOptions(documentConfig: DocumentConfig, openDocumentText: (key: string) => string | undefined): CheckOptions {
    const key = documentConfig.previousReportKey;
    if (!key) return { config: documentConfig.config };
    const open = openDocumentText(key);
    if (open !== undefined) return { config: documentConfig.config, previousReportText: open };
    if (!this.previousReports.has(key)) {
      const read = this.environment.readInsideWorkspace(key, this.workspace.folders);
      this.previousReports.set(key, read);
      // Once per path and configuration: otherwise the cross-year rules would go quiet without a word (the CLI
      // refuses such a path with a message).
      if (read === undefined) this.connection.console.warn(`govreport：上年报告 ${key} 不在工作区文件夹内或无法读取，未作跨年度检查（GR306、GR307）。`);
    }
    const text = this.previousReports.get(key);
    return text === undefined ? { config: documentConfig.config } : { config: documentConfig.config, previousReportText: text };
  }

  private async load(uri: string): Promise<DocumentConfig> {
    let settings = DEFAULT_SETTINGS;
    if (this.workspace.canAskConfiguration) {
      try {
        const [value] = await this.connection.workspace.getConfiguration([{ scopeUri: uri, section: 'govreport' }]);
        settings = settingsFrom(value);
      } catch (error) {
        this.connection.console.warn(`govreport: 无法读取设置，使用默认值：${String(error)}`);
      }
    }
    const fromSettings = configFromSettings(settings);
    for (const problem of fromSettings.problems) this.connection.console.warn(`govreport 设置：${problem}`);
    const file = this.environment.configFileFor(uri, this.workspace.folders);
    for (const problem of file?.loaded.problems ?? []) this.connection.console.warn(`${file!.loaded.file}：${problem}`);
    const config = effectiveConfig(fromSettings.config, file?.loaded.config);

    let previousReportKey: string | undefined;
    // In a restricted workspace no path from the workspace may make the server read a file.
    if (this.workspace.trusted) {
      if (file?.loaded.config.previousReport) {
        previousReportKey = this.environment.resolve(file.loaded.config.previousReport, file.folderKey);
      } else if (fromSettings.config.previousReport) {
        const key = this.environment.documentKey(uri);
        const folder = this.workspace.folders
          .map((candidate) => this.environment.documentKey(candidate))
          .find((candidate) => key === candidate || key.startsWith(candidate.endsWith('/') ? candidate : `${candidate}/`) || key.startsWith(`${candidate}\\`));
        if (folder) previousReportKey = this.environment.resolve(fromSettings.config.previousReport, folder);
      }
    }
    return { config, settings, previousReportKey };
  }
}
