import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { parseConfig, RULES } from '../../server/src/core';
import { RULE_SETTINGS, ruleNames } from '../../server/src/core/config';
import { CONFIG_SCHEMA_FILE, configSchema } from '../../server/src/core/configSchema';
import { REPO_ROOT } from '../helpers/seeds';

/** The keywords VS Code's JSON service reads besides draft-07's (hover and completion texts). */
const ajv = new Ajv({ allErrors: true });
ajv.addVocabulary(['markdownDescription', 'markdownEnumDescriptions']);
const validate = ajv.compile(configSchema());

test('a rule named by neither code nor slug is reported and dropped', () => {
  assert.deepEqual(parseConfig({ rules: { GR31: 'error', 'table2-total': 'off', GR301: 'warning', 'table2-balance': false } }), {
    config: { rules: { GR301: 'warning', 'table2-balance': 'off' } },
    problems: [
      'rules.GR31：没有这条规则，规则用代码（如 GR301）或名称（如 table2-row-total）指定',
      'rules.table2-total：没有这条规则，规则用代码（如 GR301）或名称（如 table2-row-total）指定',
    ],
  });
});

/** Configs the schema and parseConfig must judge alike: [what it is, the config, whether it is valid]. */
const CASES: [string, unknown, boolean][] = [
  ['empty', {}, true],
  ['$schema only', { $schema: './govreportrc.schema.json' }, true],
  [
    'every key',
    { rules: { GR406: 'off', 'table2-balance': 'warning', GR401: false, GR104: 'hint' }, reportKind: 'government', previousReport: '2024/report.txt' },
    true,
  ],
  ['every report kind', { reportKind: 'auto' }, true],
  ['a rule at information', { rules: { 'prose-applications': 'information' } }, true],
  ['an unknown severity', { rules: { GR301: 'loud' } }, false],
  ['true as a severity', { rules: { GR301: true } }, false],
  ['an unknown rule', { rules: { GR999: 'error' } }, false],
  ['a rule code in lower case', { rules: { gr301: 'error' } }, false],
  ['an unknown key', { maxFileSize: 1000 }, false],
  ['a key that would load code', { plugins: ['evil'] }, false],
  ['rules as an array', { rules: ['GR301'] }, false],
  ['rules as null', { rules: null }, false],
  ['an unknown report kind', { reportKind: 'city' }, false],
  ['a report kind not a string', { reportKind: 1 }, false],
  ['previousReport not a string', { previousReport: ['a.txt'] }, false],
  ['an array', [], false],
  ['null', null, false],
  ['a string', 'rules', false],
];

for (const [name, input, valid] of CASES) {
  test(`the schema and parseConfig agree: ${name} is ${valid ? 'valid' : 'invalid'}`, () => {
    assert.equal(validate(input), valid, JSON.stringify(validate.errors));
    assert.equal(parseConfig(input).problems.length === 0, valid);
  });
}

test('the schema names every rule by code and by slug, each with its description and default severity', () => {
  const rules = (configSchema() as { properties: { rules: { properties: Record<string, { markdownDescription: string }> } } }).properties.rules.properties;
  assert.deepEqual(Object.keys(rules), RULES.flatMap((rule) => [rule.meta.code, rule.meta.slug]));
  assert.deepEqual(ruleNames(), Object.keys(rules));
  assert.equal(
    rules.GR301.markdownDescription,
    '**GR301** `table2-row-total`：表二某行的总计不等于六类申请人之和（默认：error；可自动修复；说明见 docs/rules.md#gr301）',
  );
  assert.equal(
    rules['table2-row-total'].markdownDescription,
    '`table2-row-total`（GR301）：表二某行的总计不等于六类申请人之和（默认：error；可自动修复；说明见 docs/rules.md#gr301）',
  );
});

test('the schema file in the repository is the one the rules make (npm run schema writes it)', () => {
  const written = fs.readFileSync(path.join(REPO_ROOT, CONFIG_SCHEMA_FILE), 'utf8');
  assert.equal(written, `${JSON.stringify(configSchema(), null, 2)}\n`);
});

interface Manifest {
  contributes: {
    jsonValidation: { fileMatch: string; url: string }[];
    configuration: { properties: Record<string, { propertyNames?: unknown; additionalProperties?: unknown }> };
  };
}
const manifest = (): Manifest => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

test('the extension hands the schema to VS Code for every .govreportrc.json', () => {
  assert.deepEqual(manifest().contributes.jsonValidation, [{ fileMatch: '.govreportrc.json', url: `./${CONFIG_SCHEMA_FILE}` }]);
});

test('the govreport.rules setting takes the rule names and severities the file takes (npm run schema writes the names)', () => {
  const setting = manifest().contributes.configuration.properties['govreport.rules'];
  assert.deepEqual(setting.propertyNames, { enum: ruleNames() });
  assert.deepEqual(setting.additionalProperties, { type: 'string', enum: RULE_SETTINGS });
});

test('the samples and fixtures of .govreportrc.json are valid against the schema', () => {
  const files = ['samples/two-years/.govreportrc.json', 'samples/two-years/2024/.govreportrc.json', 'test/vscode/workspace/.govreportrc.json'];
  for (const file of files) {
    const input: unknown = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'));
    assert.equal(validate(input), true, `${file}: ${JSON.stringify(validate.errors)}`);
    assert.deepEqual(parseConfig(input).problems, [], file);
  }
});
