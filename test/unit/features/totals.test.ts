import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { checkReport } from '../../../server/src/core';
import { hoverAt, inlayHints, totalsOf } from '../../../server/src/core/features';
import { readSeed, seedFiles } from '../../helpers/seeds';
import { VARIANTS } from '../../helpers/variants';

/**
 * Hovers and inlay hints look only at the tables around the cursor or the visible lines (totalsOf's `within`), so a
 * report with thousands of tables answers in milliseconds. That holds only if every total cell lies inside its
 * table's span: checked here for every seed in every layout and encoding variant, and for the seeds one after another
 * in one text.
 */
const seeds = seedFiles().map(readSeed);
const texts = [
  ...seeds.flatMap((seed, index) => VARIANTS.map((variant) => ({ name: `seed ${index} ${variant.name}`, text: variant.apply(seed) }))),
  { name: 'the seeds one after another', text: seeds.join('\n') },
];

test('every total is found by looking only at the tables around its cell: in totals, hovers and inlay hints', () => {
  let totals = 0;
  for (const { name, text } of texts) {
    const result = checkReport(text);
    const all = totalsOf(result);
    for (const check of all) {
      totals++;
      const { start, end } = check.cell.span;
      const atCell = (list: typeof all) => list.filter((candidate) => candidate.cell.span.start === start);
      assert.deepEqual(atCell(totalsOf(result, { start, end: start })), atCell(all), `${name}: ${check.name}`);
      assert.deepEqual(hoverAt(result, start)?.span, check.cell.span, `${name}: the hover on ${check.name}`);
      const hint = inlayHints(result, check.cell.span).find((candidate) => candidate.tooltip.includes(`${check.name} 应等于`));
      assert.deepEqual(hint?.position, result.lineIndex.positionAt(end), `${name}: the inlay hint after ${check.name}`);
    }
    assert.deepEqual(inlayHints(result, { start: 0, end: text.length }), inlayHints(result), `${name}: all hints within the whole text`);
  }
  assert.ok(totals > texts.length * 10, `${totals} totals looked at`);
});
