import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from '../../../server/src/core';
import { RULES } from '../../../server/src/core';
import { formatJson } from '../../../server/src/cli/formatters/json';
import { toSarif } from '../../../server/src/cli/formatters/sarif';
import { formatStylish } from '../../../server/src/cli/formatters/stylish';

const sumError: Diagnostic = {
  code: 'GR301',
  slug: 'table2-result-total',
  severity: 'error',
  message: '（七）总计·自然人 为 6，各办理结果之和为 7',
  span: { start: 100, end: 101 },
  range: { start: { line: 54, character: 9 }, end: { line: 54, character: 10 } },
};
const headingWarning: Diagnostic = {
  code: 'GR104',
  slug: 'section-heading-wording',
  severity: 'warning',
  message: '标题“行政机关主动公开政府信息情况”与标准标题“主动公开政府信息情况”不同',
  span: { start: 5, end: 20 },
  range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } },
};

describe('JSON output', () => {
  it('prints one array, 1-based lines and columns, every file even without diagnostics', () => {
    const output = formatJson([
      { file: 'reports/a.txt', diagnostics: [headingWarning, sumError] },
      { file: 'b.txt', diagnostics: [] },
    ]);
    assert.equal(
      output,
      JSON.stringify([
        {
          file: 'reports/a.txt',
          diagnostics: [
            { line: 3, column: 1, endLine: 4, endColumn: 1, severity: 'warning', code: 'GR104', message: headingWarning.message },
            { line: 55, column: 10, endLine: 55, endColumn: 11, severity: 'error', code: 'GR301', message: sumError.message },
          ],
        },
        { file: 'b.txt', diagnostics: [] },
      ]) + '\n',
    );
  });

  it('lists a file that was not checked with the reason, before no diagnostics', () => {
    assert.equal(
      formatJson([
        { file: 'locked.txt', diagnostics: [], notChecked: '无法读取：没有访问权限' },
        { file: 'b.txt', diagnostics: [] },
      ]),
      '[{"file":"locked.txt","notChecked":"无法读取：没有访问权限","diagnostics":[]},{"file":"b.txt","diagnostics":[]}]\n',
    );
  });
});

describe('stylish output', () => {
  it('lists each file with line:col, severity, message and code, then a summary', () => {
    assert.equal(
      formatStylish([
        { file: 'a.txt', diagnostics: [headingWarning, sumError] },
        { file: 'b.txt', diagnostics: [] },
      ]),
      'a.txt\n' +
        `  3:1    warning      ${headingWarning.message}  GR104\n` +
        `  55:10  error        ${sumError.message}  GR301\n` +
        '\n' +
        '2 个文件，2 个问题（1 error，1 warning）\n',
    );
  });

  it('says so when nothing was found', () => {
    assert.equal(formatStylish([{ file: 'a.txt', diagnostics: [] }]), '1 个文件，没有发现问题\n');
  });

  it('counts the files not checked apart (their reasons went to stderr)', () => {
    const notChecked = { file: 'huge.txt', diagnostics: [], notChecked: '文件有 9 个字符，超过 --max-file-size 的上限 8 个字符，未作检查' };
    assert.equal(formatStylish([{ file: 'a.txt', diagnostics: [] }, notChecked]), '1 个文件，没有发现问题，1 个文件未检查\n');
    assert.equal(
      formatStylish([notChecked, { file: 'a.txt', diagnostics: [sumError] }]),
      `a.txt\n  55:10  error        ${sumError.message}  GR301\n\n1 个文件，1 个问题（1 error），1 个文件未检查\n`,
    );
  });
});

describe('SARIF output', () => {
  it('is SARIF 2.1.0 with the core’s rules and results pointing into them', () => {
    const sarif = toSarif([{ file: 'dir\\报告.txt', diagnostics: [sumError] }], '1.2.3', true) as {
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; rules: { id: string; name: string; shortDescription: { text: string } }[] } };
        invocations: unknown[];
        columnKind: string;
        results: unknown[];
      }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const [run] = sarif.runs;
    assert.equal(run!.tool.driver.name, 'govreport');
    assert.equal(run!.tool.driver.version, '1.2.3');
    assert.equal(run!.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run!.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    assert.deepEqual(
      run!.tool.driver.rules.map((rule) => [rule.id, rule.name, rule.shortDescription.text]),
      RULES.map((rule) => [rule.meta.code, rule.meta.slug, rule.meta.description]),
    );
    const index = RULES.findIndex((rule) => rule.meta.code === 'GR301');
    assert.deepEqual(run!.results, [
      {
        ruleId: 'GR301',
        ...(index === -1 ? {} : { ruleIndex: index }),
        level: 'error',
        message: { text: sumError.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'dir/%E6%8A%A5%E5%91%8A.txt' },
              region: { startLine: 55, startColumn: 10, endLine: 55, endColumn: 11 },
            },
          },
        ],
      },
    ]);
  });

  it('maps information and hint to the SARIF level note', () => {
    const sarif = toSarif([{ file: 'a.txt', diagnostics: [{ ...sumError, severity: 'information' }, { ...sumError, severity: 'hint' }] }], '0', true) as {
      runs: { results: { level: string }[] }[];
    };
    assert.deepEqual(sarif.runs[0]!.results.map((result) => result.level), ['note', 'note']);
  });

  it('gives each file not checked as a notification of an unsuccessful invocation', () => {
    const sarif = toSarif(
      [
        { file: 'dir\\locked.txt', diagnostics: [], notChecked: '无法读取：没有访问权限' },
        { file: 'a.txt', diagnostics: [sumError] },
      ],
      '0',
      false,
    ) as { runs: { invocations: unknown[]; results: unknown[] }[] };
    assert.deepEqual(sarif.runs[0]!.invocations, [
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'dir\\locked.txt：无法读取：没有访问权限' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'dir/locked.txt' } } }],
          },
        ],
      },
    ]);
    assert.equal(sarif.runs[0]!.results.length, 1);
  });
});
