import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFix, buildReport, diagnosticsOf, rangeOf, view } from '../../helpers/report';
import { readSeed } from '../../helpers/seeds';

const COUNTS = '本年度共收到政府信息公开申请6件，上年结转1件，办结6件，结转下年度继续办理1件。';

test('GR408: 总体情况 opens with last year (text kept from last year\'s report), on the year, fixed to the report year', () => {
  const text = buildReport({ overview: ['2023年，示例局认真贯彻落实《条例》。' + COUNTS, '本年度被申请行政复议1件，无行政诉讼。'] });
  const diagnostics = diagnosticsOf('GR408', text);
  assert.deepEqual(diagnostics.map(view), [
    { severity: 'warning', message: '总体情况中的“2023年”与报告年度 2024 年不一致，应为 2024 年', range: rangeOf(text, '2023') },
  ]);
  assert.deepEqual(diagnostics[0].related?.map((related) => related.message), ['标题中的年度', '统计期限']);
  assert.equal(diagnostics[0].fix?.title, '改为 2024');
  assert.equal(applyFix(text, diagnostics[0]), text.replace('2023年，示例局', '2024年，示例局'));
  assert.deepEqual(diagnosticsOf('GR408', applyFix(text, diagnostics[0])), []);
});

test('GR408: after a sub-heading, after another sentence, with 年度 and a half-width comma', () => {
  const text = buildReport({ overview: ['（一）主动公开情况。2023年度,示例局主动公开信息15条。', '（二）2022年，示例局依法受理申请。' + COUNTS] });
  assert.deepEqual(diagnosticsOf('GR408', text).map((d) => [d.message, d.range]), [
    ['总体情况中的“2023年”与报告年度 2024 年不一致，应为 2024 年', rangeOf(text, '2023')],
    ['总体情况中的“2022年”与报告年度 2024 年不一致，应为 2024 年', rangeOf(text, '2022')],
  ]);
});

test('GR408: the report year, a year inside a sentence, 以来, next year\'s plans in 五: no diagnostic', () => {
  const overview = ['2024年，示例局认真贯彻落实《条例》，较2023年增长10%。', '2023年以来，示例局持续推进政务公开。' + COUNTS, '本年度被申请行政复议1件，无行政诉讼。'];
  assert.deepEqual(diagnosticsOf('GR408', buildReport({ overview, problems: ['2025年，示例局将加强培训。'] })), []);
});

test('GR408: silent when the title and the statistics period disagree (GR404 reports that, once)', () => {
  const text = buildReport({
    period: '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    overview: ['2023年，示例局认真贯彻落实《条例》。' + COUNTS, '本年度被申请行政复议1件，无行政诉讼。'],
  });
  assert.deepEqual(diagnosticsOf('GR408', text), []);
  assert.equal(diagnosticsOf('GR404', text).length, 1);
});

test('GR408: without a title the statistics period gives the year', () => {
  const text = buildReport({ title: null, overview: ['2023年，示例局认真贯彻落实《条例》。' + COUNTS, '本年度被申请行政复议1件，无行政诉讼。'] });
  assert.deepEqual(diagnosticsOf('GR408', text).map((d) => [d.message, d.related?.map((related) => related.message)]), [
    ['总体情况中的“2023年”与报告年度 2024 年不一致，应为 2024 年', ['统计期限']],
  ]);
});

test('GR408: seed 002 (Traditional with pinyin glosses and doubled commas): the range and the fix are in the original text', () => {
  const seed = readSeed('002_011fde16aa22de90.txt');
  const opening = '。2024年,,市數(shù)據(jù)局認(rèn)真';
  assert.ok(seed.includes(opening));
  const text = seed.replace(opening, opening.replace('2024', '2023'));
  const diagnostics = diagnosticsOf('GR408', text);
  const { start } = rangeOf(text, '2023年,,市數');
  assert.deepEqual(diagnostics.map((d) => [d.message, d.range]), [
    ['总体情况中的“2023年”与报告年度 2024 年不一致，应为 2024 年', { start, end: { line: start.line, character: start.character + 4 } }],
  ]);
  assert.equal(applyFix(text, diagnostics[0]), seed);
});
