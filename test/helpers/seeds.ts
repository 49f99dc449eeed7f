import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above this file (source or compiled to out/) holding test/fixtures. */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'test', 'fixtures'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no repository root (package.json and test/fixtures) above ${start}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRepoRoot(__dirname);
export const SEEDS_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'seeds');
export const EXPECTED_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'expected');

export function seedFiles(): string[] {
  return fs.readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
}

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}
