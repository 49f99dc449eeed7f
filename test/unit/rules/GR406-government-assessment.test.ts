import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, lineRangeOf, view } from '../../helpers/report';

const DISTRICT = '示例市示例区2024年政府信息公开工作年度报告';
const MESSAGE = '人民政府的报告应在“五、存在的主要问题及改进情况”中说明工作考核、社会评议和责任追究结果情况，未提及：';

test('GR406: a district government\'s report without 社会评议 and 责任追究 in section 五', () => {
  const text = buildReport({ title: DISTRICT, problems: ['将政务公开纳入绩效考核。'] });
  assert.deepEqual(diagnosticsOf('GR406', text).map(view), [
    { severity: 'warning', message: `${MESSAGE}社会评议、责任追究`, range: lineRangeOf(text, '五、存在的主要问题及改进情况') },
  ]);
});

test('GR406: 人民政府 in the title, or reportKind government in the config', () => {
  const government = buildReport({ title: '示例县人民政府2024年政府信息公开工作年度报告' });
  assert.deepEqual(diagnosticsOf('GR406', government).map((d) => d.message), [`${MESSAGE}工作考核、社会评议、责任追究`]);
  assert.deepEqual(diagnosticsOf('GR406', buildReport(), { reportKind: 'government' }).map((d) => d.message), [`${MESSAGE}工作考核、社会评议、责任追究`]);
});

test('GR406: a department, a government that covers all three, or reportKind department', () => {
  assert.deepEqual(diagnosticsOf('GR406', buildReport()), []);
  const covered = buildReport({ title: DISTRICT, problems: ['本年度开展工作考核和社会评议，未发生责任追究情况。'] });
  assert.deepEqual(diagnosticsOf('GR406', covered), []);
  assert.deepEqual(diagnosticsOf('GR406', buildReport({ title: DISTRICT }), { reportKind: 'department' }), []);
});

test('GR406: a title 某区人民政府关于2024年… names the government (关于 is not part of its name)', () => {
  const text = buildReport({ title: '示例市示例区人民政府关于2024年政府信息公开工作年度报告' });
  assert.deepEqual(diagnosticsOf('GR406', text).map(view), [
    { severity: 'warning', message: `${MESSAGE}工作考核、社会评议、责任追究`, range: lineRangeOf(text, '五、存在的主要问题及改进情况') },
  ]);
  const department = buildReport({ title: '示例市示例局关于2024年政府信息公开工作年度报告' });
  assert.deepEqual(diagnosticsOf('GR406', department), []);
});
