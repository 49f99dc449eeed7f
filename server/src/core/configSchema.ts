import { REPORT_KINDS, RULE_SETTINGS, type ReportKind, type RuleSetting } from './config';
import { RULES } from './rules';

/**
 * The JSON Schema (draft-07) of `.govreportrc.json`, made from the rule registry and the config keys so that it lists
 * every rule by code and slug and nothing else. VS Code reads it (the extension's `jsonValidation`) to complete,
 * explain and underline the file as a team edits it; other editors find it through the file's `$schema`.
 * `schemas/govreportrc.schema.json` is this object as written by `npm run schema`; a unit test keeps the two equal.
 */
export const CONFIG_SCHEMA_FILE = 'schemas/govreportrc.schema.json';

const SETTING_DESCRIPTIONS: Record<RuleSetting, string> = {
  error: '错误',
  warning: '警告',
  information: '信息',
  hint: '提示（编辑器中只以几个小点标出，不列入“问题”面板）',
  off: '关闭此规则',
};

const KIND_DESCRIPTIONS: Record<ReportKind, string> = {
  auto: '按机关名称判断：以“人民政府”或以市、区、县等行政区划结尾的，按人民政府的报告检查',
  department: '政府部门的报告（次年1月31日前公布）',
  government: '人民政府的报告（第五部分须说明工作考核、社会评议和责任追究；次年3月31日前公布）',
};

const DOCS = 'docs/rules.md';

export function configSchema(): object {
  // Inline in every rule, not a shared $ref: VS Code's JSON support then shows the rule's own text, not the ref's.
  const ruleSetting = {
    enum: [...RULE_SETTINGS, false],
    markdownEnumDescriptions: [...RULE_SETTINGS.map((setting) => SETTING_DESCRIPTIONS[setting]), '同 off'],
  };
  const rules: Record<string, object> = {};
  for (const { meta } of RULES) {
    const about = `${meta.description}（默认：${meta.severity}${meta.fixable ? '；可自动修复' : ''}；说明见 ${DOCS}#${meta.docs}）`;
    rules[meta.code] = { markdownDescription: `**${meta.code}** \`${meta.slug}\`：${about}`, ...ruleSetting };
    rules[meta.slug] = { markdownDescription: `\`${meta.slug}\`（${meta.code}）：${about}`, ...ruleSetting };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.govreportrc.json',
    description: '政府信息公开工作年度报告检查（govreport）的团队配置，与编辑器设置 govreport.* 同名的项以本文件为准。',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: '本配置文件的 JSON Schema。' },
      rules: {
        type: 'object',
        markdownDescription: '按规则代码（`GR301`）或名称（`table2-row-total`）设置严重级别，或用 `off`（`false`）关闭规则。',
        properties: rules,
        additionalProperties: false,
      },
      reportKind: {
        markdownDescription: '报告属于人民政府还是政府部门；`auto` 按机关名称判断。',
        enum: REPORT_KINDS,
        markdownEnumDescriptions: REPORT_KINDS.map((kind) => KIND_DESCRIPTIONS[kind]),
      },
      previousReport: {
        type: 'string',
        markdownDescription: '上一年度报告的路径，相对于本配置文件，须在本文件所在文件夹之内；用于跨年度核对。',
      },
    },
    additionalProperties: false,
  };
}
