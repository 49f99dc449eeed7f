import { PUBLICATION_DATE_KEYS } from '../format/prose';
import type { CalendarDate, MetadataEntry, Preamble } from '../model';
import type { ParseContext } from './context';
import type { Line } from './lines';

const TITLE = /(\d{4})\s*年度?.{0,30}?报告/;
const QUOTED_TITLE = /《([^《》]{0,40}?(\d{4})\s*年度?[^《》]{0,30}?报告)》/;
const MAX_TITLE_LENGTH = 80;
const PERIOD = /(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日\s*起?\s*(?:至|到|—|-|~|～)\s*(?:(\d{4})\s*年)?\s*12\s*月\s*31\s*日?/;
/**
 * 发布日期: | 2025-02-06 |, 发布时间：2025年1月20日 10:30, 【发布时间】2025-01-20 — the key, then (across a cell
 * border) the date. One class between key and date, so a long run of spaces after a key is scanned once, not
 * backtracked over.
 */
const PUBLISHED = new RegExp(
  `(?:${PUBLICATION_DATE_KEYS.join('|')})[\\s|:：】\\]]*(\\d{4})\\s*(?:[-./]|年)\\s*(\\d{1,2})\\s*(?:[-./]|月)\\s*(\\d{1,2})(?!\\d)(?:\\s*日)?`,
);
const METADATA_KEY = /^(索引号|发布机构|信息名称|主题分类|发布日期|发布时间|成文日期|废止日期|文号|文 号|关键词|发文机关|生成日期|公开方式|有效性)\s*[:：]?$/;

/** Agency named before the year in a title: 本溪市溪湖区2024年… → 本溪市溪湖区; 某区人民政府关于2024年… → 某区人民政府. */
function agencyOf(title: string): string | undefined {
  const match = /^(.*?)\d{4}\s*年/.exec(title);
  const agency = match?.[1].replace(/[《》\s]/g, '').replace(/关于$/, '');
  return agency ? agency : undefined;
}

export function parsePreamble(context: ParseContext, lines: readonly Line[], allLines: readonly Line[]): Preamble {
  const preamble: Preamble = { metadata: [], span: lines.length ? context.span(lines[0].start, lines[lines.length - 1].end) : { start: 0, end: 0 } };
  for (const line of lines) {
    if (line.text.includes('|')) {
      preamble.metadata.push(...metadataOf(context, line));
      continue;
    }
    const trimmed = line.text.trim();
    if (!preamble.title && trimmed.length <= MAX_TITLE_LENGTH && TITLE.test(trimmed)) {
      const start = line.start + line.text.indexOf(trimmed);
      preamble.title = { text: trimmed, span: context.span(start, start + trimmed.length) };
      const year = TITLE.exec(trimmed)!;
      const yearStart = start + trimmed.indexOf(year[1]);
      preamble.titleYear = { year: Number(year[1]), span: context.span(yearStart, yearStart + 4) };
    }
  }
  if (!preamble.title) {
    for (const line of lines) {
      const quoted = QUOTED_TITLE.exec(line.text);
      if (!quoted) continue;
      const start = line.start + quoted.index + 1;
      preamble.title = { text: quoted[1], span: context.span(start, start + quoted[1].length) };
      const yearStart = start + quoted[1].indexOf(quoted[2]);
      preamble.titleYear = { year: Number(quoted[2]), span: context.span(yearStart, yearStart + 4) };
      break;
    }
  }
  preamble.published = publishedOf(context, lines);
  preamble.agency = (preamble.title && agencyOf(preamble.title.text)) || preamble.metadata.find((entry) => entry.key === '发布机构')?.value || undefined;
  for (const line of allLines) {
    // Every period ends on 12月31日: a line without 31 is passed over without running the pattern.
    if (!line.text.includes('31')) continue;
    const period = PERIOD.exec(line.text);
    if (!period) continue;
    const startYear = Number(period[1]);
    preamble.period = {
      startYear,
      endYear: period[2] ? Number(period[2]) : startYear,
      span: context.span(line.start + period.index, line.start + period.index + period[0].length),
    };
    break;
  }
  return preamble;
}

/** `索引号: | xhqrmzf-2025-00195 | 发布机构: | 溪湖区人民政府 |` — key cells followed by their values. */
function metadataOf(context: ParseContext, line: Line): MetadataEntry[] {
  const entries: MetadataEntry[] = [];
  const cells: { text: string; start: number; end: number }[] = [];
  let cellStart = 0;
  for (let i = 0; i <= line.text.length; i++) {
    // By code unit: `text[i]` makes a string of each CJK character it reads.
    if (i === line.text.length || line.text.charCodeAt(i) === 124 /* | */) {
      const raw = line.text.slice(cellStart, i);
      const text = raw.trim();
      const start = line.start + cellStart + raw.indexOf(text);
      cells.push({ text, start, end: start + text.length });
      cellStart = i + 1;
    }
  }
  for (let i = 0; i < cells.length; i++) {
    const key = METADATA_KEY.exec(cells[i].text);
    if (!key) continue;
    const value = cells[i + 1] && !METADATA_KEY.test(cells[i + 1].text) ? cells[i + 1] : { text: '', start: cells[i].end, end: cells[i].end };
    entries.push({ key: key[1].replace(/\s/g, ''), value: value.text, keySpan: context.span(cells[i].start, cells[i].end), valueSpan: context.span(value.start, value.end) });
  }
  return entries;
}

function isCalendarDate({ year, month, day }: CalendarDate): boolean {
  // Day 0 of the next month is the last day of this one.
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first publication date of the metadata that is a real day of the calendar. */
function publishedOf(context: ParseContext, lines: readonly Line[]): Preamble['published'] {
  for (const line of lines) {
    const match = PUBLISHED.exec(line.text);
    if (!match) continue;
    const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (!isCalendarDate(date)) continue;
    // The keys hold no digit: the date starts at the first digit of the match.
    const start = line.start + match.index + match[0].indexOf(match[1]);
    return { ...date, span: context.span(start, line.start + match.index + match[0].length) };
  }
  return undefined;
}
