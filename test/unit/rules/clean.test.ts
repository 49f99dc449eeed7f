import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { checkReport } from '../../../server/src/core';
import { buildReport } from '../../helpers/report';

test('the clean report every rule test starts from has no diagnostic at all', () => {
  assert.deepEqual(checkReport(buildReport()).diagnostics.map((d) => `${d.code} ${d.message}`), []);
});
