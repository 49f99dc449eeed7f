import type { Severity } from './diagnostic';
import { RULES } from './rules';

/**
 * Team configuration: `.govreportrc.json` in the repository and the `govreport.*` settings share these keys.
 * Data only: nothing here can name code to load or a command to run.
 */
export type RuleSetting = Severity | 'off';

export type ReportKind = 'auto' | 'department' | 'government';

export interface GovreportConfig {
  /** Per rule, by code (GR301) or slug (table2-result-total): a severity, or 'off'. */
  rules?: Record<string, RuleSetting>;
  /** department: 政府部门; government: 人民政府; auto: decided from the agency name. */
  reportKind?: ReportKind;
  /** Path of last year's report, relative to the config file or workspace folder. */
  previousReport?: string;
}

/** What a rule may be set to (`false` is also taken, as 'off'); read by parseConfig and the config file's schema. */
export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];
export const REPORT_KINDS: readonly ReportKind[] = ['auto', 'department', 'government'];

/** `a、b 或 c`: the allowed values, as the problems below list them. */
function oneOf(values: readonly string[]): string {
  return `${values.slice(0, -1).join('、')} 或 ${values[values.length - 1]}`;
}

/** What `rules` may name: each rule's code and slug, in the registry's order. */
export function ruleNames(): string[] {
  return RULES.flatMap((rule) => [rule.meta.code, rule.meta.slug]);
}

/** Any other name would be kept and never read, so it is reported. */
let knownRuleNames: ReadonlySet<string> | undefined;
function isRuleName(name: string): boolean {
  knownRuleNames ??= new Set(ruleNames());
  return knownRuleNames.has(name);
}

/**
 * Validates untrusted JSON into a config. Unknown keys and wrong types are dropped and reported, never executed.
 */
export function parseConfig(input: unknown): { config: GovreportConfig; problems: string[] } {
  const problems: string[] = [];
  const config: GovreportConfig = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { config, problems: ['配置必须是一个 JSON 对象'] };
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (key === 'rules') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push('rules 必须是对象，形如 {"GR301": "warning"}');
        continue;
      }
      const rules: Record<string, RuleSetting> = {};
      for (const [rule, setting] of Object.entries(value as Record<string, unknown>)) {
        const normalized = setting === false ? 'off' : setting;
        if (!isRuleName(rule)) problems.push(`rules.${rule}：没有这条规则，规则用代码（如 GR301）或名称（如 table2-row-total）指定`);
        else if (RULE_SETTINGS.includes(normalized as RuleSetting)) rules[rule] = normalized as RuleSetting;
        else problems.push(`rules.${rule} 的值 ${JSON.stringify(setting)} 无效，应为 ${oneOf(RULE_SETTINGS)}`);
      }
      config.rules = rules;
    } else if (key === 'reportKind') {
      if (REPORT_KINDS.includes(value as ReportKind)) config.reportKind = value as ReportKind;
      else problems.push(`reportKind 的值 ${JSON.stringify(value)} 无效，应为 ${oneOf(REPORT_KINDS)}`);
    } else if (key === 'previousReport') {
      if (typeof value === 'string') config.previousReport = value;
      else problems.push('previousReport 必须是字符串路径');
    } else if (key !== '$schema') {
      problems.push(`未知的配置项 ${key}`);
    }
  }
  return { config, problems };
}

/** Later configs win key by key; rule maps are merged rule by rule. */
export function mergeConfigs(...configs: (GovreportConfig | undefined)[]): GovreportConfig {
  const merged: GovreportConfig = {};
  for (const config of configs) {
    if (!config) continue;
    if (config.rules) merged.rules = { ...merged.rules, ...config.rules };
    if (config.reportKind) merged.reportKind = config.reportKind;
    if (config.previousReport !== undefined) merged.previousReport = config.previousReport;
  }
  return merged;
}
