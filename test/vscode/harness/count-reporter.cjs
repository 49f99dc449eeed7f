// Mocha reporter for the extension-host suite: Mocha's spec output, then one plain line
// "vscode suite: N passed, N failed" that scripts/test-all.mjs adds to the project's total.
// (Mocha's own summary is coloured prose; a CI log reader needs the counts.)
'use strict';
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    let pending = 0;
    runner.on(EVENT_TEST_PENDING, () => { pending += 1; });
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures } = this.stats;
      // A pending (skipped) test is counted as failed: nothing in this suite may be skipped silently.
      console.log(`vscode suite: ${passes} passed, ${failures + pending} failed${pending ? ` (${pending} skipped)` : ''}`);
    });
  }
}

module.exports = CountReporter;
