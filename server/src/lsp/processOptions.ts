/**
 * V8 flags the extension starts its server process with. A small young generation (2 MB semi-spaces instead of up
 * to 16 MB) keeps the server's resident memory down when a reviewer opens hundreds of reports: checks allocate
 * short-lived objects in bursts, and V8 keeps a grown young generation resident for the rest of the session.
 * Measured by `npm run bench` (figure 7), which starts the server the same way.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2'];

/**
 * How the extension's IPC channel carries messages: V8's structured serialisation instead of Node's default JSON.
 * A report's text then crosses as its UTF-16 bytes, copied, instead of being JSON-escaped by the extension host and
 * UTF-8-decoded and JSON-parsed by the server. For a 50 MB document that is ≈0.03 s in the extension host instead of
 * ≈0.27 s, and ≈0.1 s in the server instead of ≈0.4 s, during which every other document's messages wait behind it
 * (bench figure 7). LSP messages are plain JSON values, which structured serialisation carries unchanged.
 */
export const SERVER_IPC_SERIALIZATION = 'advanced';
