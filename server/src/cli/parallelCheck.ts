import * as nodeFs from 'node:fs';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkFiles, type CheckedFiles } from './checkFiles';
import type { CliContext } from './context';
import type { ReadOptions } from './reports';

/** `--jobs`: a number of threads, or `auto`: one per CPU but one, when the folder is large enough to repay them. */
export type Jobs = number | 'auto';

/**
 * With `--jobs auto`, fewer files than this per thread are checked on fewer threads. A worker costs ≈70 ms to load
 * the bundle and ≈0.4 s of warming up (its own JIT compilation of the checker) before it checks at full speed: below
 * a few hundred files a share does not repay its worker.
 */
export const MIN_FILES_PER_THREAD = 400;

/**
 * One CPU is left to V8's own background threads (garbage collection, optimising compilation): a one-thread check
 * already keeps ≈1.3 CPUs busy, and on the 2-CPU machine of bench/RESULTS.md a second checking thread gained nothing.
 */
function threadsForCpus(cpus: number): number {
  return Math.max(1, cpus - 1);
}

export function threadCount(jobs: Jobs, fileCount: number, cpus = os.availableParallelism()): number {
  const wanted = jobs === 'auto' ? Math.min(threadsForCpus(cpus), Math.floor(fileCount / MIN_FILES_PER_THREAD)) : jobs;
  return Math.max(1, Math.min(wanted, fileCount));
}

/** What the main thread sends a worker: its share of the files, in order, and how to read them. */
export interface ShareRequest extends ReadOptions {
  cwd: string;
  files: string[];
}

/** What a worker sends back: the share's results in file order and the stderr lines it would have written. */
export interface ShareReply extends CheckedFiles {
  stderr: string[];
}

/** Checks one share with stderr kept in memory, so the shares' messages can be written in file order afterwards. */
export function checkShare(request: ShareRequest, fs: CliContext['fs']): ShareReply {
  const stderr: string[] = [];
  const context: CliContext = { cwd: request.cwd, fs, stdout: () => undefined, stderr: (chunk) => stderr.push(chunk) };
  return { ...checkFiles(request.files, request, context), stderr };
}

function splitInOrder<T>(items: readonly T[], parts: number): T[][] {
  const shares: T[][] = [];
  for (let part = 0; part < parts; part++) {
    shares.push(items.slice(Math.floor((items.length * part) / parts), Math.floor((items.length * (part + 1)) / parts)));
  }
  return shares;
}

function checkOnWorker(workerScript: string, request: ShareRequest): Promise<ShareReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript, { workerData: request, stdout: false, stderr: false });
    let settled = false;
    worker.once('message', (reply: ShareReply) => {
      settled = true;
      resolve(reply);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`worker exited with code ${code} before replying`));
    });
  });
}

/**
 * Shares the files out in contiguous runs: the main thread checks the first while workers check the others, then the
 * results are joined in file order, so the output equals a one-thread run's. A share whose worker fails (it could
 * not start, or ran out of memory) is checked again on the main thread: a lost worker costs time, never results.
 */
export async function checkInParallel(
  files: readonly string[],
  options: ReadOptions,
  context: CliContext,
  threads: number,
  workerScript: string,
): Promise<CheckedFiles> {
  const [ownFiles = [], ...otherShares] = splitInOrder(files, threads);
  const request = (share: string[]): ShareRequest => ({ cwd: context.cwd, files: share, config: options.config, maxFileSize: options.maxFileSize });
  const pending = otherShares.map((share) =>
    checkOnWorker(workerScript, request(share)).catch(() => checkShare(request(share), context.fs)),
  );
  const replies = [checkShare(request(ownFiles), context.fs), ...(await Promise.all(pending))];
  // A broken config file is met by every share's resolver; the user should read about it once.
  const written = new Set<string>();
  for (const line of replies.flatMap((reply) => reply.stderr)) {
    if (written.has(line)) continue;
    written.add(line);
    context.stderr(line);
  }
  return { results: replies.flatMap((reply) => reply.results), ioProblem: replies.some((reply) => reply.ioProblem) };
}

/** The worker side: runs when the CLI script is loaded as a worker thread (see main.ts). */
export function serveShare(workerData: ShareRequest, reply: (message: ShareReply) => void): void {
  reply(checkShare(workerData, nodeFs));
}
