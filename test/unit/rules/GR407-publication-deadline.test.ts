import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, rangeOf, view } from '../../helpers/report';

const DEPARTMENT_TITLE = '示例市示例局2024年政府信息公开工作年度报告';
const DISTRICT_TITLE = '示例市示例区2024年政府信息公开工作年度报告';
const DEPARTMENT_RULE = '县级以上人民政府部门应于每年1月31日前公布上一年度的年度报告';
const GOVERNMENT_RULE = '县级以上地方人民政府应于每年3月31日前公布上一年度的年度报告';

function published(date: string, title: string | null = DEPARTMENT_TITLE): string {
  return buildReport({ title, metadata: [`索引号: | abc-2025-1 | 发布日期: | ${date} |`] });
}

test('GR407: a department\'s report published after 31 January, on the date, with the title year as related', () => {
  const text = published('2025-02-06');
  const diagnostics = diagnosticsOf('GR407', text);
  assert.deepEqual(diagnostics.map(view), [
    {
      severity: 'warning',
      message: `发布日期为 2025-02-06，应不晚于 2025-01-31：${DEPARTMENT_RULE}（按机关名称“示例市示例局”判断为政府部门）`,
      range: rangeOf(text, '2025-02-06'),
    },
  ]);
  assert.deepEqual(diagnostics[0].related?.map((related) => [related.message, related.range]), [['标题中的年度', rangeOf(text, '2024', 0)]]);
});

test('GR407: a government is held to 31 March, by name or by reportKind', () => {
  assert.deepEqual(diagnosticsOf('GR407', published('2025-03-31', DISTRICT_TITLE)), []);
  const late = published('2025-04-01', DISTRICT_TITLE);
  assert.deepEqual(diagnosticsOf('GR407', late).map(view), [
    {
      severity: 'warning',
      message: `发布日期为 2025-04-01，应不晚于 2025-03-31：${GOVERNMENT_RULE}（按机关名称“示例市示例区”判断为人民政府）`,
      range: rangeOf(late, '2025-04-01'),
    },
  ]);
  assert.deepEqual(diagnosticsOf('GR407', published('2025-02-06'), { reportKind: 'government' }), []);
  assert.deepEqual(diagnosticsOf('GR407', published('2025-04-01'), { reportKind: 'government' }).map((d) => d.message), [
    `发布日期为 2025-04-01，应不晚于 2025-03-31：${GOVERNMENT_RULE}（配置 reportKind 为 government）`,
  ]);
  assert.deepEqual(diagnosticsOf('GR407', published('2025-02-06', DISTRICT_TITLE), { reportKind: 'department' }).map((d) => d.message), [
    `发布日期为 2025-02-06，应不晚于 2025-01-31：${DEPARTMENT_RULE}（配置 reportKind 为 department）`,
  ]);
});

test('GR407: published on time, on the deadline itself, or with no date in the metadata', () => {
  assert.deepEqual(diagnosticsOf('GR407', published('2025-01-20')), []);
  assert.deepEqual(diagnosticsOf('GR407', published('2025-01-31')), []);
  assert.deepEqual(diagnosticsOf('GR407', buildReport()), []);
});

test('GR407: no agency name is held to the later deadline and says both', () => {
  assert.deepEqual(diagnosticsOf('GR407', published('2025-03-01', '2024年政府信息公开工作年度报告')), []);
  const text = published('2025-04-02', '2024年政府信息公开工作年度报告');
  assert.deepEqual(diagnosticsOf('GR407', text).map((d) => d.message), [
    '发布日期为 2025-04-02，应不晚于 2025-03-31：人民政府的年度报告应于每年3月31日前公布，政府部门的应于1月31日前公布（标题和元数据中没有机关名称，按较晚的期限）',
  ]);
});

test('GR407: township governments and sub-district offices have no deadline; a date before the year ended is still wrong', () => {
  assert.deepEqual(diagnosticsOf('GR407', published('2025-06-30', '示例县示例镇人民政府2024年政府信息公开工作年度报告')), []);
  assert.deepEqual(diagnosticsOf('GR407', published('2025-06-30', '示例区示例街道办事处2024年政府信息公开工作年度报告')), []);
  assert.deepEqual(diagnosticsOf('GR407', published('2025-06-30', '示例县示例乡2024年政府信息公开工作年度报告'), { reportKind: 'government' }), []);
  const early = published('2024-12-30', '示例县示例镇人民政府2024年政府信息公开工作年度报告');
  assert.deepEqual(diagnosticsOf('GR407', early).map(view), [
    { severity: 'warning', message: '发布日期为 2024-12-30，早于 2024 年度结束，2024 年度的报告应在 2025-01-01 或以后公布', range: rangeOf(early, '2024-12-30') },
  ]);
});

test('GR407: the date as web pages and Word give it: 发布时间, 年月日, slashes and dots, a time after it, full-width digits', () => {
  const cases: [string, string][] = [
    ['发布时间：2025年2月6日 10:30', '2025年2月6日'],
    ['发布日期：2025/02/06', '2025/02/06'],
    ['【发布时间】2025-02-06 09:30:12', '2025-02-06'],
    ['发布日期:2025.2.6', '2025.2.6'],
    ['发布时间： ２０２５－０２－０６', '２０２５－０２－０６'],
  ];
  for (const [line, date] of cases) {
    const text = buildReport({ metadata: [line] });
    assert.deepEqual(
      diagnosticsOf('GR407', text).map((d) => [d.message.slice(0, 21), d.range]),
      [['发布日期为 2025-02-06，应不晚于', rangeOf(text, date)]],
      line,
    );
  }
});

test('GR407: not a day of the calendar, a 成文日期, or a date after section 一 is not a publication date', () => {
  // Each of these dates would be late for a department's 2024 report if it were read as its publication date.
  assert.deepEqual(diagnosticsOf('GR407', buildReport({ metadata: ['发布日期: | 2025-02-30 |'] })), []);
  assert.deepEqual(diagnosticsOf('GR407', buildReport({ metadata: ['发布日期: | 2025-13-01 |'] })), []);
  assert.deepEqual(diagnosticsOf('GR407', buildReport({ metadata: ['成文日期: | 2025-02-06 |'] })), []);
  assert.deepEqual(diagnosticsOf('GR407', buildReport({ other: ['本年度未收取信息处理费。', '发布日期：2025-06-30'] })), []);
  // 29 February exists in 2024 (before the year ended: reported), not in 2025.
  assert.deepEqual(diagnosticsOf('GR407', buildReport({ metadata: ['发布日期: | 2024-02-29 |'] })).map((d) => d.message.slice(0, 16)), ['发布日期为 2024-02-29']);
  assert.deepEqual(diagnosticsOf('GR407', buildReport({ metadata: ['发布日期: | 2025-02-29 |'] })), []);
});
