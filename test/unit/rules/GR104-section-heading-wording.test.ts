import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFix, buildReport, diagnosticsOf, lineRangeOf, view } from '../../helpers/report';

test('GR104: a heading worded differently is replaced by the standard numeral, 、 and heading', () => {
  const text = buildReport({ headings: { proactive: '二、主动公开信息情况' } });
  const [diagnostic, ...rest] = diagnosticsOf('GR104', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'warning',
    message: '章节标题为“二、主动公开信息情况”，统一格式为“二、主动公开政府信息情况”',
    range: lineRangeOf(text, '二、主动公开信息情况'),
  });
  assert.equal(applyFix(text, diagnostic), buildReport());
});

test('GR104: a wrong or doubled separator (三． 三,、) is replaced by 、, the heading kept', () => {
  for (const written of ['三．', '三,、', '三，']) {
    const text = buildReport({ headings: { requests: `${written}收到和处理政府信息公开申请情况` } });
    const diagnostics = diagnosticsOf('GR104', text);
    assert.equal(diagnostics.length, 1, written);
    assert.equal(diagnostics[0].severity, 'warning');
    assert.match(diagnostics[0].message, /^章节序号写作“三.*”，应为“三、”$/);
    assert.deepEqual(diagnostics[0].range, lineRangeOf(text, '收到和处理政府信息公开申请情况'));
    assert.equal(applyFix(text, diagnostics[0]), buildReport(), written);
  }
});

test('GR104: standard headings and the accepted longer variants are not reported', () => {
  assert.deepEqual(diagnosticsOf('GR104', buildReport()), []);
  assert.deepEqual(diagnosticsOf('GR104', buildReport({ headings: { requests: '三、行政机关收到和处理政府信息公开申请情况' } })), []);
});
