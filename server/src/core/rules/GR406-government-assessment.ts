import { AGENCY_METADATA_KEYS, ASSESSMENT_TOPICS, DIVISION_SUFFIXES, GOVERNMENT_NAME_SUFFIXES } from '../format/prose';
import { SECTIONS } from '../format/sections';
import type { ReportModel } from '../model';
import type { GovreportConfig } from '../config';
import { standardHeading } from './support/names';
import type { Rule } from './types';

const PROBLEMS = SECTIONS.find((spec) => spec.id === 'problems')!;
const TOPIC_NAMES = ASSESSMENT_TOPICS.map((topic) => topic.name);
/** 工作考核、社会评议和责任追究 */
const TOPICS_NAMED = `${TOPIC_NAMES.slice(0, -1).join('、')}和${TOPIC_NAMES[TOPIC_NAMES.length - 1]}`;

/** The agency named in the title, else in the metadata (发布机构). */
function agencyOf(model: ReportModel): string | undefined {
  if (model.preamble.agency) return model.preamble.agency.trim();
  const entry = model.preamble.metadata.find((candidate) => AGENCY_METADATA_KEYS.some((key) => candidate.key.includes(key)));
  return entry?.value.trim() || undefined;
}

/** A people's government, by setting, or (auto) by an agency name ending in 人民政府 or in a bare division name. */
export function isGovernmentReport(model: ReportModel, config: GovreportConfig): boolean {
  if (config.reportKind === 'government') return true;
  if (config.reportKind === 'department') return false;
  const agency = agencyOf(model);
  if (!agency) return false;
  return [...GOVERNMENT_NAME_SUFFIXES, ...DIVISION_SUFFIXES].some((suffix) => agency.endsWith(suffix));
}

export const rule: Rule = {
  meta: {
    code: 'GR406',
    slug: 'government-assessment',
    severity: 'warning',
    description: '人民政府的报告在第五部分没有说明工作考核、社会评议和责任追究结果情况',
    fixable: false,
    docs: 'gr406',
  },
  check(context) {
    const { model, config } = context;
    if (!isGovernmentReport(model, config)) return;
    const section = model.sections.find((candidate) => candidate.id === PROBLEMS.id);
    if (!section) return;
    const prose = section.prose.map((line) => line.text).join('\n');
    const missing = ASSESSMENT_TOPICS.filter((topic) => !topic.keywords.some((keyword) => prose.includes(keyword)));
    if (missing.length === 0) return;
    context.report({
      span: section.heading.span,
      message:
        `人民政府的报告应在“${standardHeading(PROBLEMS)}”中说明${TOPICS_NAMED}结果情况，` +
        `未提及：${missing.map((topic) => topic.name).join('、')}`,
    });
  },
};
