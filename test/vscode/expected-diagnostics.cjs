// The expected diagnostics of a seed report, as the core's unit tests assert them:
// test/fixtures/expected/<seed>.json in the CLI's `--format json` shape (1-based lines and columns,
// columns in UTF-16 code units). Accepted layouts of the file: the CLI's output for that one file
// ([{ file, diagnostics }]), a { diagnostics } object, or the bare diagnostics array.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** @returns {{ line: number, column: number, endLine: number, endColumn: number, severity: string, code: string, message: string }[]} */
function expectedDiagnostics(repoRoot, seed) {
  const file = path.join(repoRoot, 'test', 'fixtures', 'expected', `${seed}.json`);
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  let list;
  if (Array.isArray(data) && data.length > 0 && data.every((entry) => entry && Array.isArray(entry.diagnostics))) {
    if (data.length !== 1) throw new Error(`${file}: expected the results of one file, found ${data.length}`);
    list = data[0].diagnostics;
  } else if (data && !Array.isArray(data) && Array.isArray(data.diagnostics)) {
    list = data.diagnostics;
  } else if (Array.isArray(data)) {
    list = data;
  } else {
    throw new Error(`${file}: not a list of diagnostics`);
  }
  return list.map((d) => ({
    line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn,
    severity: d.severity, code: String(d.code), message: d.message,
  }));
}

module.exports = { expectedDiagnostics };
