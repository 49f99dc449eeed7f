import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { RULES, type Severity } from '../../../server/src/core';
import { REPO_ROOT } from '../../helpers/seeds';

/**
 * Every rule has its entry in docs/rules.md, where its metadata's `docs` anchor points (a `## GRnnn` heading, as
 * GitHub and VS Code's Markdown preview make anchors), and the overview table and the entry say what the metadata says.
 */
const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8');
const yesNo = (fixable: boolean) => (fixable ? '是' : '否');
/** Severities as VS Code's Chinese interface names them. */
const SEVERITY_WORDS: Record<Severity, string> = { error: '错误', warning: '警告', information: '信息', hint: '提示' };

test('the overview table lists every rule, in order, as its metadata describes it', () => {
  const rows = docs.split('\n').filter((line) => /^\| \[GR\d{3}\]/.test(line));
  assert.deepEqual(
    rows,
    RULES.map(({ meta }) => `| [${meta.code}](#${meta.docs}) | ${meta.slug} | ${meta.severity} | ${yesNo(meta.fixable)} |`),
  );
});

test('each rule has one entry under a heading its docs anchor points to, with its name, severity and fixability', () => {
  const headings = [...docs.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
  assert.deepEqual(headings, RULES.map(({ meta }) => meta.code));
  for (const { meta } of RULES) {
    assert.equal(meta.docs, meta.code.toLowerCase(), `${meta.code}: the anchor of "## ${meta.code}"`);
    const entry = docs.slice(docs.indexOf(`## ${meta.code}\n`)).split(/\n## /)[0];
    const facts = entry.split('\n').filter((line) => line.startsWith('- '));
    assert.deepEqual(facts.slice(0, 3), [
      `- 名称：\`${meta.slug}\``,
      `- 默认严重程度：${SEVERITY_WORDS[meta.severity]}（${meta.severity}）`,
      `- 可自动修复：${yesNo(meta.fixable)}`,
    ], meta.code);
    assert.match(entry, new RegExp(`\\*\\*如何配置。\\*\\* \`"rules": \\{"${meta.code}": "\\w+"\\}\`（或用名称 \`"${meta.slug}"\`）`), meta.code);
  }
});
