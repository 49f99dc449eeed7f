import type { LoadedConfig } from '../node/configFile';
import type { OffThreadCheck } from './offThreadChecker';

/**
 * What the server may read besides the open documents. The node entry reads `.govreportrc.json` and last year's
 * report from disk; the browser entry has no file access and reads open documents only.
 */
export interface ServerEnvironment {
  /**
   * The nearest `.govreportrc.json` for a document, searched up to its workspace folder, with the key of the folder
   * that holds it (paths in the file are relative to it).
   */
  configFileFor(documentUri: string, workspaceFolderUris: readonly string[]): { loaded: LoadedConfig; folderKey: string } | undefined;
  /** A key that is equal for two URIs naming the same file (file URIs differ in their escaping). */
  documentKey(uri: string): string;
  /** The key of `relativePath` resolved against the folder with key `folderKey`. */
  resolve(relativePath: string, folderKey: string): string | undefined;
  /**
   * Text of the file with that key, only when it lies inside a workspace folder (after following links): a setting
   * cannot make the server read a file the user did not open or share.
   */
  readInsideWorkspace(key: string, workspaceFolderUris: readonly string[]): string | undefined;
  /** Checks a large document on another thread (node only); absent, every check runs on the main thread. */
  offThreadCheck?: OffThreadCheck;
}

export const BROWSER_ENVIRONMENT: ServerEnvironment = {
  configFileFor: () => undefined,
  documentKey: (uri) => uri,
  resolve: (relativePath, folderKey) => {
    try {
      return new URL(relativePath, folderKey.endsWith('/') ? folderKey : `${folderKey}/`).href;
    } catch {
      return undefined;
    }
  },
  readInsideWorkspace: () => undefined,
};
