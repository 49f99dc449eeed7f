import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig, type GovreportConfig } from '../core/config';

export const CONFIG_FILE_NAME = '.govreportrc.json';

/** Nearest `.govreportrc.json` from `startDir` upward, stopping at `stopAt` (a workspace root) when given. */
export function findConfigFile(startDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(startDir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (stop && dir === stop) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface LoadedConfig {
  file: string;
  config: GovreportConfig;
  /** Chinese messages for invalid JSON or invalid keys; the valid part is still used. */
  problems: string[];
}

/** Reads and validates a config file. JSON only: the file can never make us load code or run anything. */
export function loadConfigFile(file: string): LoadedConfig {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { file, config: {}, problems: [`无法读取配置文件：${(error as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { file, config: {}, problems: [`配置文件不是有效的 JSON：${(error as Error).message}`] };
  }
  const { config, problems } = parseConfig(json);
  return { file, config, problems };
}
