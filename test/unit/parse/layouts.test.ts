import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseReport } from '../../../server/src/core/parse';
import { report, summary, table1Of, table2Of, table3Of } from './fixtures';

const T1_PIPE = [
  '| 第二十条第（一）项 | |||',
  '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '| 规章 | 1 | 2 | 3 |',
  '| 行政规范性文件 | 4 | 5 | 6 |',
  '| 第二十条第（五）项 | |||',
  '| 信息内容 | 本年处理决定数量 | ||',
  '| 行政许可 | 7 | ||',
  '| 第二十条第（六）项 | |||',
  '| 信息内容 | 本年处理决定数量 | ||',
  '| 行政处罚 | 8 | ||',
  '| 行政强制 | 9 | ||',
  '| 第二十条第（八）项 | |||',
  '| 信息内容 | 本年收费金额（单位：万元） | ||',
  '| 行政事业性收费 | 10.5 | ||',
].join('\n');

const T1_EXPECTED = {
  't1.item1.rules': [1, 2, 3],
  't1.item1.normativeDocs': [4, 5, 6],
  't1.item5.licensing': [7],
  't1.item6.penalty': [8],
  't1.item6.enforcement': [9],
  't1.item8.fees': [10.5],
};

test('pipe rows with a leading pipe and trailing empty cells', () => {
  assert.deepEqual(summary(parseReport(report('二', T1_PIPE))), T1_EXPECTED);
});

test('pipe rows without a leading pipe, with an extra trailing empty cell', () => {
  const text = T1_PIPE.split('\n').map((line) => line.replace(/^\| /, '') + ' |').join('\n');
  assert.deepEqual(summary(parseReport(report('二', text))), T1_EXPECTED);
});

test('tab-led one cell per line, rows separated by blank lines (seed 003 layout)', () => {
  const rows = T1_PIPE.split('\n').map((line) => line.split('|').map((cell) => cell.trim()).filter((cell) => cell !== ''));
  const text = rows.map((cells) => cells.map((cell) => `\t${cell}`).join('\n')).join('\n\n');
  const table = table1Of(parseReport(report('二', text)))!;
  assert.equal(table.layout, 'cellPerLine');
  assert.deepEqual(summary(parseReport(report('二', text))), T1_EXPECTED);
});

test('one cell per line followed by " |", filler lines of pipes', () => {
  const rows = T1_PIPE.split('\n').map((line) => line.split('|').map((cell) => cell.trim()).filter((cell) => cell !== ''));
  const text = rows.map((cells) => cells.map((cell) => `${cell} |`).join('\n')).join('\n|||\n');
  assert.deepEqual(summary(parseReport(report('二', text))), T1_EXPECTED);
});

test('each row opened by a lone | line', () => {
  const rows = T1_PIPE.split('\n').map((line) => line.split('|').map((cell) => cell.trim()).filter((cell) => cell !== ''));
  const text = rows.map((cells) => ['|', ...cells].join('\n')).join('\n');
  assert.deepEqual(summary(parseReport(report('二', text))), T1_EXPECTED);
});

test('one cell per line separated by blank lines, no separators at all', () => {
  const rows = T1_PIPE.split('\n').map((line) => line.split('|').map((cell) => cell.trim()).filter((cell) => cell !== ''));
  const text = rows.flat().join('\n\n');
  assert.deepEqual(summary(parseReport(report('二', text))), T1_EXPECTED);
});

const T3_HEADER = ['行政复议 | 行政诉讼 | ||||', '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |'];
const T3_VALUES = '1 | 0 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 0 | 0';

test('table 3 as PDF text: a row of space-separated numbers', () => {
  const text = [...T3_HEADER, T3_VALUES.replace(/ \| /g, ' ')].join('\n');
  const model = parseReport(report('四', text));
  assert.deepEqual(summary(model).t3, [1, 0, 0, 0, 1, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
});

test('header words one character per line do not disturb the numbers', () => {
  const text = ['\t行', '\t政', '\t复', '\t议', '', ...T3_VALUES.split(' | ').map((value) => `\t${value}`)].join('\n');
  assert.deepEqual(summary(parseReport(report('四', text))).t3, [1, 0, 0, 0, 1, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
});

test('a table-3 row with blank cells dropped cannot be aligned', () => {
  const text = [...T3_HEADER, '1 | 1 | 2 | 2'].join('\n');
  const table = table3Of(parseReport(report('四', text)))!;
  assert.equal(table.unaligned, true);
  assert.deepEqual(table.groups, []);
});

test('labels broken over lines in the tab layout are joined (商业 / 企业, 结果 / 纠正)', () => {
  const text = ['\t行政复议', '\t结果维持', '\t结果', '纠正', '\t驳回', '申请', '', ...T3_VALUES.split(' | ').map((value) => `\t${value}`)].join('\n');
  const table = table3Of(parseReport(report('四', text)))!;
  assert.deepEqual(
    table.columnLabels.map((label) => [label.columnId, label.kind, label.cell.text]),
    [['upheld', 'standard', '结果维持'], ['corrected', 'standard', '结果纠正'], ['other', 'nonStandard', '驳回申请']],
  );
});

test('placeholders and empty cells where a number belongs are read as defects that count as 0', () => {
  const text = T1_PIPE.replace('| 规章 | 1 | 2 | 3 |', '| 规章 | / | | — |').replace('| 行政许可 | 7 | ||', '| 行政许可 | 无 | ||');
  const table = table1Of(parseReport(report('二', text)))!;
  const rules = table.blocks[0].rows[0];
  assert.deepEqual(rules.values.map((v) => [v.text, v.value, v.problems]), [['/', 0, ['placeholder']], ['', 0, ['empty']], ['—', 0, ['placeholder']]]);
  assert.deepEqual(table.blocks[1].rows[0].values.map((v) => v.problems), [['placeholder']]);
});

test('full-width digits are read, flagged, and their ranges point at the original characters', () => {
  const original = report('二', T1_PIPE.replace('| 行政许可 | 7 | ||', '| 行政许可 | １２ | ||'));
  const cell = table1Of(parseReport(original))!.blocks[1].rows[0].values[0];
  assert.equal(cell.value, 12);
  assert.deepEqual(cell.problems, ['fullWidth']);
  assert.equal(original.slice(cell.span.start, cell.span.end), '１２');
});

test('CRLF line ends and a BOM keep every range on the original text', () => {
  const original = '\uFEFF' + report('二', T1_PIPE).replace(/\n/g, '\r\n');
  const model = parseReport(original);
  assert.deepEqual(summary(model), T1_EXPECTED);
  const row = table1Of(model)!.blocks[0].rows[1];
  assert.equal(original.slice(row.labelSpan!.start, row.labelSpan!.end), '行政规范性文件');
  assert.equal(original.slice(row.values[2].span.start, row.values[2].span.end), '6');
  assert.equal(model.eol, '\r\n');
});

test('Traditional characters with pinyin glosses: matched after normalisation, ranges cover the gloss', () => {
  const original = report('二', T1_PIPE.replace('| 行政规范性文件 |', '| 行政規(guī)範性文件 |').replace('第二十条第（五）项', '第二十條第（五）項(xiàng)'));
  const model = parseReport(original);
  assert.equal(model.traditional, true);
  const table = table1Of(model)!;
  const row = table.blocks[0].rows[1];
  assert.equal(row.rowId, 'normativeDocs');
  assert.equal(row.kind, 'standard');
  assert.equal(original.slice(row.labelSpan!.start, row.labelSpan!.end), '行政規(guī)範性文件');
  assert.equal(original.slice(table.blocks[1].header!.span.start, table.blocks[1].header!.span.end), '第二十條第（五）項(xiàng)');
});

test('a lost block header (| |||) opens the block by its rows', () => {
  const original = report('二', T1_PIPE.replace('| 第二十条第（一）项 | |||', '| |||'));
  const table = table1Of(parseReport(original))!;
  assert.equal(table.blocks[0].blockId, 'item1');
  assert.equal(table.blocks[0].header, undefined);
  assert.equal(table.blocks[0].rows[0].rowId, table1Of(parseReport(report('二', T1_PIPE)))!.blocks[0].rows[0].rowId);
});

test('table-2 row labels that look like section headings are not headings (003)', () => {
  const text = ['\t一、本年新收政府信息公开申请数量', '\t3', '\t0', '\t0', '\t0', '\t0', '\t0', '\t3', '', '三、本年度办理结果', '四、结转下年度继续办理'].join('\n');
  const model = parseReport(report('三', text));
  assert.deepEqual(model.sections.map((section) => section.id), ['overview', 'requests', 'problems', 'other']);
  assert.deepEqual(table2Of(model)!.rows[0].values.map((v) => v.value), [3, 0, 0, 0, 0, 0, 3]);
});

test('labels split by spaces and non-standard wordings are matched with their kind', () => {
  const text = T1_PIPE.replace('| 行政规范性文件 |', '| 规范性文件 |').replace('| 行政许可 |', '| 行政 许可 |');
  const table = table1Of(parseReport(report('二', text)))!;
  assert.deepEqual([table.blocks[0].rows[1].rowId, table.blocks[0].rows[1].kind], ['normativeDocs', 'nonStandard']);
  assert.deepEqual([table.blocks[1].rows[0].rowId, table.blocks[1].rows[0].kind], ['licensing', 'standard']);
});

test('the 2019 format is recognised from its table-1 columns', () => {
  const text = ['| 第二十条第（一）项 | |||', '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |', '| 规章 | 1 | 1 | 5 |', '| 规范性文件 | 2 | 2 | 9 |'].join('\n');
  const model = parseReport(report('二', text));
  assert.equal(model.edition, '2019');
  assert.deepEqual(summary(model), { 't1.item1.rules': [1, 1, 5], 't1.item1.normativeDocs': [2, 2, 9] });
});

test('the preamble: title, agency, year, metadata rows and statistics period', () => {
  const text = ['索引号: | abc-2025-1 | 发布机构: | 某某区人民政府 |', '某某区2024年政府信息公开工作年度报告', '报告数据统计期限为2024年1月1日至2024年12月31日。', '一、总体情况', '略。'].join('\n');
  const model = parseReport(text);
  assert.equal(model.preamble.title?.text, '某某区2024年政府信息公开工作年度报告');
  assert.equal(model.preamble.agency, '某某区');
  assert.equal(model.year, 2024);
  assert.deepEqual(model.preamble.metadata.map((entry) => [entry.key, entry.value]), [['索引号', 'abc-2025-1'], ['发布机构', '某某区人民政府']]);
  assert.deepEqual([model.preamble.period?.startYear, model.preamble.period?.endYear], [2024, 2024]);
});

test('in a layout with row boundaries, text where a number belongs stays a value cell of its row', () => {
  const rows = T1_PIPE.replace('| 行政许可 | 7 | ||', '| 行政许可 | abc | ||').split('\n').map((line) => line.split('|').map((cell) => cell.trim()).filter((cell) => cell !== ''));
  const text = rows.map((cells) => cells.map((cell) => `\t${cell}`).join('\n')).join('\n\n');
  const row = table1Of(parseReport(report('二', text)))!.blocks[1].rows[0];
  assert.deepEqual([row.rowId, row.values.map((v) => [v.text, v.problems])], ['licensing', [['abc', ['notNumber']]]]);
});

test('a short line of prose right below a tab-led table is not taken for a cell', () => {
  const text = ['\t行政复议', '', ...T3_VALUES.split(' | ').map((value) => `\t${value}`), '(一)存在的问题', '部分信息解读形式较为单一。'].join('\n');
  const model = parseReport(report('四', text));
  assert.deepEqual(summary(model).t3, [1, 0, 0, 0, 1, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
  assert.deepEqual(model.sections.find((section) => section.id === 'appeals')!.prose.map((line) => line.text), ['(一)存在的问题', '部分信息解读形式较为单一。']);
});

test('the 2019 format is recognised from a （六）其他处理 row that carries its own numbers', () => {
  const rows = [
    '一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
    '二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '三、本年度办理结果 | （一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    '（六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    '（七）总计 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
  ];
  const model = parseReport(report('三', rows.join('\n')));
  assert.equal(model.edition, '2019');
  assert.deepEqual(
    table2Of(model)!.rows.map((row) => [row.rowId, row.kind]),
    [['new', 'standard'], ['carriedIn', 'standard'], ['disclosed', 'standard'], ['otherHandling', 'standard'], ['resultTotal', 'standard']],
  );
});

test('headings pasted as Markdown or bold are headings, their text without the markers', () => {
  const text = report('二', T1_PIPE).replace('一、总体情况', '## 一、总体情况').replace('五、存在的主要问题及改进情况', '**五、存在的主要问题及改进情况**');
  const model = parseReport(text);
  assert.deepEqual(model.sections.map((section) => [section.id, section.headingMatch, section.heading.text]), [
    ['overview', 'standard', '总体情况'],
    ['proactive', 'standard', '主动公开政府信息情况'],
    ['problems', 'standard', '存在的主要问题及改进情况'],
    ['other', 'standard', '其他需要报告的事项'],
  ]);
  const problems = model.sections[2].heading;
  assert.equal(text.slice(problems.span.start, problems.span.end), '五、存在的主要问题及改进情况');
});

test('a table-1 row whose label was left out takes the next row of its block that is not there yet', () => {
  const table = table1Of(parseReport(report('二', T1_PIPE.replace('| 行政处罚 | 8 | ||', '| | 8 | ||'))))!;
  assert.deepEqual(table.blocks[2].rows.map((row) => [row.rowId, row.kind, row.labelText, row.values.map((v) => v.value)]), [
    ['penalty', 'position', '', [8]],
    ['enforcement', 'standard', '行政强制', [9]],
  ]);
});
