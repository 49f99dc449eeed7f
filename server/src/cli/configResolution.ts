import * as path from 'node:path';
import type { GovreportConfig } from '../core';
import { findConfigFile, loadConfigFile } from '../node/configFile';
import { decode } from '../node/decode';
import { describeError, type CliContext } from './context';

export interface ResolvedConfig {
  /** The config file used, if any. */
  file?: string;
  config: GovreportConfig;
  previousReportText?: string;
}

/** True when `target` lies inside `folder` (or is it), comparing resolved paths. */
function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Last year's report named by a config file. Refused when it lies outside the config file's folder tree, also after
 * following symbolic links, so a shared config cannot make the checker read arbitrary files.
 */
function readPreviousReport(configFile: string, previousReport: string, context: CliContext): { text?: string; problem?: string } {
  const configFolder = path.dirname(path.resolve(context.cwd, configFile));
  const target = path.resolve(configFolder, previousReport);
  const refused = `previousReport "${previousReport}" 位于配置文件所在文件夹 ${configFolder} 之外，已拒绝读取`;
  if (!isInside(configFolder, target)) return { problem: refused };
  let real: string;
  try {
    real = context.fs.realpathSync(target);
    if (!isInside(context.fs.realpathSync(configFolder), real)) return { problem: refused };
  } catch (error) {
    return { problem: `无法读取 previousReport ${target}：${describeError(error)}` };
  }
  let bytes: Buffer;
  try {
    bytes = context.fs.readFileSync(real);
  } catch (error) {
    return { problem: `无法读取 previousReport ${target}：${describeError(error)}` };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { problem: `无法读取 previousReport ${target}：${decoded.reason}` };
  return { text: decoded.text };
}

/** Loads configs once per config file: many reports in one folder share one `.govreportrc.json`. */
export class ConfigResolver {
  private readonly cache = new Map<string, ResolvedConfig>();
  /** The config file found for each folder: a folder of reports is searched upward once, not once a report. */
  private readonly configFileOfFolder = new Map<string, string | undefined>();
  private readonly noConfig: ResolvedConfig = { config: {} };

  /** `onProblem` receives each problem of a config file once (Chinese, for stderr; the run then exits with 2). */
  constructor(
    private readonly context: CliContext,
    private readonly onProblem: (message: string) => void,
    private readonly explicitConfig?: string,
  ) {}

  forFile(file: string): ResolvedConfig {
    const configFile = this.explicitConfig
      ? path.resolve(this.context.cwd, this.explicitConfig)
      : this.configFileFor(path.dirname(path.resolve(this.context.cwd, file)));
    if (configFile === undefined) return this.noConfig;
    let resolved = this.cache.get(configFile);
    if (!resolved) {
      resolved = this.load(configFile);
      this.cache.set(configFile, resolved);
    }
    return resolved;
  }

  private configFileFor(folder: string): string | undefined {
    if (this.configFileOfFolder.has(folder)) return this.configFileOfFolder.get(folder);
    const found = findConfigFile(folder);
    this.configFileOfFolder.set(folder, found);
    return found;
  }

  private load(configFile: string): ResolvedConfig {
    const shown = path.relative(this.context.cwd, configFile) || configFile;
    const loaded = loadConfigFile(configFile);
    for (const problem of loaded.problems) this.onProblem(`${shown}：${problem}`);
    const resolved: ResolvedConfig = { file: configFile, config: loaded.config };
    if (loaded.config.previousReport !== undefined) {
      const previous = readPreviousReport(configFile, loaded.config.previousReport, this.context);
      if (previous.problem) this.onProblem(`${shown}：${previous.problem}`);
      if (previous.text !== undefined) resolved.previousReportText = previous.text;
    }
    return resolved;
  }
}
