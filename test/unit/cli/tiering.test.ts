import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { batchTieringFlag } from '../../../server/src/cli/tiering';

describe('batchTieringFlag', () => {
  it("gives Node 20's V8 four times its interrupt budget", () => {
    assert.equal(batchTieringFlag('11.3.244.8-node.38'), '--interrupt-budget=270336');
  });

  // V8 prints "unrecognized flag" on stderr for a flag it does not have: a CLI run must not.
  it('sets nothing on later V8s, which have no --interrupt-budget (Node 24: V8 13.6)', () => {
    assert.equal(batchTieringFlag('13.6.233.17-node.53'), undefined);
    assert.equal(batchTieringFlag('12.4.254.21-node.33'), undefined);
  });

  it('sets nothing on a version it cannot read', () => {
    assert.equal(batchTieringFlag(''), undefined);
  });
});
