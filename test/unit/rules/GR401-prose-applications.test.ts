import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { checkReport } from '../../../server/src/core';
import { buildReport, diagnosticsOf, rangeOf, view } from '../../helpers/report';

test('GR401: counts in 总体情况 that contradict table 2, with both numbers (Chinese numerals too)', () => {
  const sentence = '本年度共收到政府信息公开申请三件，上年结转1件，办结6件，结转下年度继续办理2件。';
  const text = buildReport({ overview: [sentence] });
  assert.deepEqual(diagnosticsOf('GR401', text).map(view), [
    { severity: 'warning', message: '总体情况称收到申请 3 件，表二“本年新收”总计为 6', range: rangeOf(text, '收到政府信息公开申请三件') },
    { severity: 'warning', message: '总体情况称结转下年度申请 2 件，表二“结转下年度”总计为 1', range: rangeOf(text, '结转下年度继续办理2件') },
  ]);
});

test('GR401: as in seed 004, 收到依申请公开42件 against 本年新收 7', () => {
  const text = buildReport({ overview: ['市长信箱共收到信件316封，收到依申请公开42件，均在法定时限内办结及回复。'] });
  assert.deepEqual(diagnosticsOf('GR401', text).map(view), [
    { severity: 'warning', message: '总体情况称收到申请 42 件，表二“本年新收”总计为 6', range: rangeOf(text, '收到依申请公开42件') },
  ]);
});

test('GR401: agreeing counts, counts of other things, and sentences not about applications are left alone', () => {
  assert.deepEqual(diagnosticsOf('GR401', buildReport()), []);
  const other = buildReport({ overview: ['办理人大代表建议和政协委员提案35件。', '本年度受理政府信息公开申请6件，其中办理人大建议3件。', '推进“一件事一次办”改革。'] });
  assert.deepEqual(diagnosticsOf('GR401', other), []);
});

test('GR401: a count written with thousands separators (1,234件) is one number', () => {
  const text = buildReport({ overview: ['本年度共收到政府信息公开申请1,234件，上年结转1件。'] });
  assert.deepEqual(diagnosticsOf('GR401', text).map(view), [
    { severity: 'warning', message: '总体情况称收到申请 1234 件，表二“本年新收”总计为 6', range: rangeOf(text, '收到政府信息公开申请1,234件') },
  ]);
  const table2 = {
    new: ['1233', '1', '0', '0', '0', '0', '1234'],
    disclosed: ['1231', '1', '0', '0', '0', '0', '1232'],
    resultTotal: ['1233', '1', '0', '0', '0', '0', '1234'],
  };
  const agreeing = buildReport({ table2, overview: ['本年度共收到政府信息公开申请1,234件，上年结转1件，办结1,234件。'] });
  assert.deepEqual(checkReport(agreeing).diagnostics.map((d) => d.code), []);
});

test('GR401: in a sentence with pinyin glosses and \\r\\n line ends, the range covers the original words, glosses included', () => {
  const text = buildReport({ overview: ['本年度共收(shōu)到政府信息公开申请三件。'] }).replace(/\n/g, '\r\n');
  assert.deepEqual(diagnosticsOf('GR401', text).map(view), [
    { severity: 'warning', message: '总体情况称收到申请 3 件，表二“本年新收”总计为 6', range: rangeOf(text, '收(shōu)到政府信息公开申请三件') },
  ]);
});
