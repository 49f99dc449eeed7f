import type { GovreportConfig } from '../config';
import {
  AGENCY_METADATA_KEYS,
  DIVISION_SUFFIXES,
  GOVERNMENT_NAME_SUFFIXES,
  NO_DEADLINE_SUFFIXES,
  PUBLICATION_DEADLINES,
  type PublicationDeadline,
} from '../format/prose';
import type { CalendarDate, ReportModel } from '../model';

/** The agency named in the title, else in the metadata (发布机构). */
export function agencyOf(model: ReportModel): string | undefined {
  if (model.preamble.agency) return model.preamble.agency.trim();
  const entry = model.preamble.metadata.find((candidate) => AGENCY_METADATA_KEYS.some((key) => candidate.key.includes(key)));
  return entry?.value.trim() || undefined;
}

function endsWithAny(name: string, suffixes: readonly string[]): boolean {
  return suffixes.some((suffix) => name.endsWith(suffix));
}

/** A people's government, by setting, or (auto) by an agency name ending in 人民政府 or in a bare division name. */
export function isGovernmentReport(model: ReportModel, config: GovreportConfig): boolean {
  if (config.reportKind === 'government') return true;
  if (config.reportKind === 'department') return false;
  const agency = agencyOf(model);
  return agency !== undefined && endsWithAny(agency, [...GOVERNMENT_NAME_SUFFIXES, ...DIVISION_SUFFIXES]);
}

/** When a report had to be published by (article 49), and why, in words for messages and hovers. */
export interface ReportDeadline {
  /** The last day; absent when article 49 sets none for this agency (乡镇、街道). */
  due?: CalendarDate;
  /** What binds the report: 县级以上人民政府部门应于每年1月31日前公布上一年度的年度报告. */
  requirement: string;
  /** How the kind of agency was decided: 按机关名称“海城市数据局”判断为政府部门. */
  basis: string;
}

function requirementOf(deadline: PublicationDeadline): string {
  return `${deadline.who}应于每年${deadline.month}月${deadline.day}日前公布上一年度的年度报告`;
}

function dueIn(year: number, deadline: PublicationDeadline): CalendarDate {
  return { year, month: deadline.month, day: deadline.day };
}

/**
 * The deadline of a report for `year`: published in the following year by 31 January (a department) or 31 March (a
 * people's government). Undecided kind (no agency name, reportKind auto) is held to the later of the two, so that no
 * government is told it is late when it is not.
 */
export function publicationDeadline(model: ReportModel, config: GovreportConfig, year: number): ReportDeadline {
  const { department, government } = PUBLICATION_DEADLINES;
  const agency = agencyOf(model);
  if (config.reportKind === 'department') {
    return { due: dueIn(year + 1, department), requirement: requirementOf(department), basis: '配置 reportKind 为 department' };
  }
  if (agency !== undefined && endsWithAny(agency, NO_DEADLINE_SUFFIXES)) {
    return { requirement: '《条例》没有规定乡镇人民政府和街道办事处年度报告的公布期限', basis: `按机关名称“${agency}”判断为乡镇或街道` };
  }
  if (config.reportKind === 'government') {
    return { due: dueIn(year + 1, government), requirement: requirementOf(government), basis: '配置 reportKind 为 government' };
  }
  if (agency === undefined) {
    return {
      due: dueIn(year + 1, government),
      requirement: `人民政府的年度报告应于每年${government.month}月${government.day}日前公布，政府部门的应于${department.month}月${department.day}日前公布`,
      basis: '标题和元数据中没有机关名称，按较晚的期限',
    };
  }
  const kind = isGovernmentReport(model, config) ? government : department;
  return {
    due: dueIn(year + 1, kind),
    requirement: requirementOf(kind),
    basis: `按机关名称“${agency}”判断为${kind === government ? '人民政府' : '政府部门'}`,
  };
}

/** 2025-02-06 */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** A report for a year published before that year ended, within its deadline (or with none), or after it. */
export type PublicationTiming = 'beforeYearEnd' | 'onTime' | 'late';

export function publicationTiming(published: CalendarDate, year: number, deadline: ReportDeadline): PublicationTiming {
  if (compareDates(published, { year, month: 12, day: 31 }) <= 0) return 'beforeYearEnd';
  return deadline.due && compareDates(published, deadline.due) > 0 ? 'late' : 'onTime';
}
