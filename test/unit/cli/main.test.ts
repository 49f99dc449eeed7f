import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, SEED, SEEDS_DIR } from './harness';

const launcher = path.join(REPO_ROOT, 'bin', 'govreport.js');
const version = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function govreport(args: string[]) {
  return spawnSync(process.execPath, [launcher, ...args], { cwd: SEEDS_DIR, encoding: 'utf8' });
}

describe('bin/govreport.js as a process', () => {
  it('prints the package version', () => {
    const result = govreport(['--version']);
    assert.equal(result.stdout, `${version}\n`);
    assert.equal(result.status, 0);
  });

  it('prints help listing the default folder file types', () => {
    const result = govreport(['--help']);
    assert.match(result.stdout, /\.txt、\.govreport、\.md/);
    assert.equal(result.status, 0);
  });

  it('sets the exit code from the diagnostics and prints the JSON array on stdout', () => {
    const clean = govreport(['check', '--format', 'json', SEED.clean000]);
    assert.equal(clean.status, 0);
    assert.equal((JSON.parse(clean.stdout) as { file: string }[])[0]!.file, SEED.clean000);
    assert.equal(govreport(['check', '--format', 'json', SEED.errors004]).status, 1);
  });

  it('exits 2 on a usage error', () => {
    const result = govreport(['check']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
  });
});
