import { mergeConfigs, parseConfig, type GovreportConfig } from '../core/config';
import { DEFAULT_MAX_FILE_SIZE, maxFileSizeFrom } from './sizeLimit';

/** The `govreport.*` settings as the client sends them (resource-scoped: one answer per document). */
export interface GovreportSettings {
  rules: Record<string, unknown>;
  reportKind: string;
  previousReport: string;
  inlayHints: { enabled: boolean };
  plainText: { detect: boolean };
  /** Documents longer than this many characters are not checked. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: GovreportSettings = {
  rules: {},
  reportKind: 'auto',
  previousReport: '',
  inlayHints: { enabled: true },
  plainText: { detect: false },
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
};

/** Settings come from JSON the user or a team wrote: anything of the wrong type falls back to the default. */
export function settingsFrom(value: unknown): GovreportSettings {
  if (value === null || typeof value !== 'object') return DEFAULT_SETTINGS;
  const raw = value as Partial<Record<keyof GovreportSettings, unknown>>;
  const record = (input: unknown): Record<string, unknown> =>
    input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const maxFileSize = maxFileSizeFrom(raw.maxFileSize);
  return {
    rules: record(raw.rules),
    reportKind: typeof raw.reportKind === 'string' ? raw.reportKind : DEFAULT_SETTINGS.reportKind,
    previousReport: typeof raw.previousReport === 'string' ? raw.previousReport : '',
    inlayHints: { enabled: record(raw.inlayHints).enabled !== false },
    plainText: { detect: record(raw.plainText).detect === true },
    maxFileSize,
  };
}

/** The settings' share of the check configuration, validated by the core like a config file. */
export function configFromSettings(settings: GovreportSettings): { config: GovreportConfig; problems: string[] } {
  const input: Record<string, unknown> = { rules: settings.rules, reportKind: settings.reportKind };
  if (settings.previousReport) input.previousReport = settings.previousReport;
  return parseConfig(input);
}

/**
 * `.govreportrc.json` wins over the settings, key by key and rule by rule: it is what the CLI reads in CI, so the
 * editor shows the same results as the pipeline. Settings fill in whatever the file leaves out.
 */
export function effectiveConfig(fromSettings: GovreportConfig, fromFile: GovreportConfig | undefined): GovreportConfig {
  return mergeConfigs(fromSettings, fromFile);
}
