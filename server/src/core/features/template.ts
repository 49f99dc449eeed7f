import { EDITION_2021 } from '../format/editions';
import { SECTIONS } from '../format/sections';
import { standardHeading } from './insertSection';
import { renderRows, standardTable, type TableStyle } from './tableText';

export interface TemplateRequest {
  agency: string;
  year: number;
  style?: TableStyle;
  eol?: string;
}

/** Opening prose of each section: what to write there, phrased as the report's own sentences to edit. */
const SECTION_PROSE: Record<string, (request: TemplateRequest) => string[]> = {
  overview: ({ agency, year }) => [`${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，现将本年度政府信息公开工作情况报告如下。`],
  proactive: () => [],
  requests: () => [],
  appeals: () => [],
  problems: ({ agency }) =>
    agency.endsWith('人民政府')
      ? ['（一）存在的主要问题。', '（二）改进情况。', '（三）工作考核、社会评议和责任追究结果情况。']
      : ['（一）存在的主要问题。', '（二）改进情况。'],
  other: () => ['本年度未收取信息处理费。'],
};

/** A new report in the current (2021) format: title, statistics period, the six sections and blank standard tables. */
export function newReportTemplate(request: TemplateRequest): string {
  const eol = request.eol ?? '\n';
  const style = request.style ?? { kind: 'pipe', leadingPipe: true };
  const { agency, year } = request;
  const lines: string[] = [
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
  ];
  for (const spec of SECTIONS) {
    lines.push(standardHeading(spec), ...SECTION_PROSE[spec.id](request));
    if (spec.table) lines.push(renderRows(standardTable(spec.table, EDITION_2021), style, eol));
  }
  return lines.join(eol) + eol;
}
