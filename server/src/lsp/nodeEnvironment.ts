import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findConfigFile, loadConfigFile } from '../node/configFile';
import { decode } from '../node/decode';
import type { ServerEnvironment } from './environment';
import { createOffThreadCheck } from './offThreadChecker';

function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

function folderPaths(workspaceFolderUris: readonly string[]): string[] {
  return workspaceFolderUris.map(fsPathOf).filter((folder): folder is string => folder !== undefined);
}

export const NODE_ENVIRONMENT: ServerEnvironment = {
  offThreadCheck: createOffThreadCheck(),
  configFileFor(documentUri, workspaceFolderUris) {
    const file = fsPathOf(documentUri);
    if (!file) return undefined;
    const folder = folderPaths(workspaceFolderUris).find((candidate) => isInside(file, candidate));
    const found = findConfigFile(path.dirname(file), folder);
    return found ? { loaded: loadConfigFile(found), folderKey: path.dirname(found) } : undefined;
  },

  documentKey: (uri) => fsPathOf(uri) ?? uri,

  resolve: (relativePath, folderKey) => path.resolve(folderKey, relativePath),

  readInsideWorkspace(key, workspaceFolderUris) {
    const real = realPath(key);
    if (!real) return undefined;
    const folders = folderPaths(workspaceFolderUris).map((folder) => realPath(folder) ?? folder);
    if (!folders.some((folder) => isInside(real, folder))) return undefined;
    try {
      const decoded = decode(fs.readFileSync(real));
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  },
};
