/**
 * V8 flags the extension starts its server process with. A small young generation (2 MB semi-spaces instead of up
 * to 16 MB) keeps the server's resident memory down when a reviewer opens hundreds of reports: checks allocate
 * short-lived objects in bursts, and V8 keeps a grown young generation resident for the rest of the session.
 * Measured by `npm run bench` (figure 7), which starts the server the same way.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2'];
