// Mocha reporter for the extension-host suite: Mocha's spec output, then one plain line
// "vscode suite: N passed, N failed" that scripts/test-all.mjs adds to the project's total.
// (Mocha's own summary is coloured prose; a CI log reader needs the counts.)
'use strict';
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    let pending = 0;
    let failedTests = 0;
    runner.on(EVENT_TEST_PENDING, () => { pending += 1; });
    // EVENT_TEST_FAIL also fires for failing hooks (type 'hook'); only tests are counted here.
    runner.on(EVENT_TEST_FAIL, (test) => { if (test.type === 'test') failedTests += 1; });
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures } = this.stats;
      // Every test that did not pass counts as failed: a pending (skipped) test, and the tests a failing
      // suiteSetup hook kept from running (Mocha counts only the hook's one failure). Nothing in this suite
      // may be skipped silently.
      const failed = Math.max(runner.total - passes, failures);
      const notRun = runner.total - passes - pending - failedTests;
      const notes = [pending ? `${pending} skipped` : '', notRun > 0 ? `${notRun} not run after a failed hook` : ''].filter(Boolean);
      console.log(`vscode suite: ${passes} passed, ${failed} failed${notes.length ? ` (${notes.join(', ')})` : ''}`);
    });
  }
}

module.exports = CountReporter;
