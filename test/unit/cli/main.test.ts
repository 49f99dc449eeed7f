import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
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

  it("writes a fix's Traditional text in a Traditional report (opencc's Simplified → Traditional build, loaded on first use)", () => {
    const result = govreport(['fix', '--dry-run', SEED.traditional002]);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /^-\| \|\|\|\n\+第二十條第\(一\)項 \| \|\|\|$/m);
    assert.equal(result.status, 0);
  });

  it('ends quietly, with its exit code, when the reader of its output goes away (| head)', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-pipe-'));
    try {
      // Enough output (≈0.5 MB) that it cannot all sit in the pipe before head has read its 20 bytes and gone.
      const report = fs.readFileSync(path.join(SEEDS_DIR, SEED.errors004));
      for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(folder, `${String(i).padStart(3, '0')}.txt`), report);
      const script = `"${process.execPath}" "${launcher}" check --format json "${folder}" | head -c 20 >/dev/null; echo "exit \${PIPESTATUS[0]}"`;
      const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      assert.equal(result.stderr, '');
      assert.equal(result.stdout, 'exit 1\n');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits 2 on a usage error', () => {
    const result = govreport(['check']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
  });
});

describe('govreport lsp --stdio', () => {
  it('hands the process to the language server, which answers initialize and exits on exit', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [launcher, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const frame = (message: object): string => {
      const body = JSON.stringify(message);
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const initialized = new Promise<string>((resolve) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('"id":1,"result"')) resolve(output);
      });
    });
    child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    assert.match(await initialized, /"capabilities":\{/);
    child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown', params: null }));
    child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await exited, 0);
  });
});
