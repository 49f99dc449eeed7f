import { RULES, type Severity } from '../../core';
import type { FileResult } from './types';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Relative paths stay relative (code-scanning tools resolve them against the checkout), with `/` separators. */
function artifactUri(file: string): string {
  return encodeURI(file.split('\\').join('/'));
}

/**
 * SARIF 2.1.0: one run, the rule list from the core's RULES metadata, results pointing into it by index. Files that
 * could not be checked are the invocation's notifications, so code-scanning tools show that the run was incomplete.
 */
export function toSarif(results: readonly FileResult[], toolVersion: string, complete: boolean): object {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.code, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'govreport',
            version: toolVersion,
            rules: RULES.map(({ meta }) => ({
              id: meta.code,
              name: meta.slug,
              shortDescription: { text: meta.description },
              defaultConfiguration: { level: LEVELS[meta.severity] },
              properties: { fixable: meta.fixable, docs: meta.docs },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: complete,
            toolExecutionNotifications: results.flatMap(({ file, notChecked }) =>
              notChecked === undefined
                ? []
                : [{ level: 'error', message: { text: `${file}：${notChecked}` }, locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(file) } } }] }],
            ),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, diagnostics }) =>
          diagnostics.map((diagnostic) => ({
            ruleId: diagnostic.code,
            ...(ruleIndex.has(diagnostic.code) ? { ruleIndex: ruleIndex.get(diagnostic.code) } : {}),
            level: LEVELS[diagnostic.severity],
            message: { text: diagnostic.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(file) },
                  region: {
                    startLine: diagnostic.range.start.line + 1,
                    startColumn: diagnostic.range.start.character + 1,
                    endLine: diagnostic.range.end.line + 1,
                    endColumn: diagnostic.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

export function formatSarif(results: readonly FileResult[], toolVersion: string, complete: boolean): string {
  return JSON.stringify(toSarif(results, toolVersion, complete), null, 2) + '\n';
}
