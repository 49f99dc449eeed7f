import { isGovernmentReport } from '../analysis/agency';
import { ASSESSMENT_TOPICS } from '../format/prose';
import { SECTIONS } from '../format/sections';
import { standardHeading } from './support/names';
import type { Rule } from './types';

const PROBLEMS = SECTIONS.find((spec) => spec.id === 'problems')!;
const TOPIC_NAMES = ASSESSMENT_TOPICS.map((topic) => topic.name);
/** 工作考核、社会评议和责任追究 */
const TOPICS_NAMED = `${TOPIC_NAMES.slice(0, -1).join('、')}和${TOPIC_NAMES[TOPIC_NAMES.length - 1]}`;

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
