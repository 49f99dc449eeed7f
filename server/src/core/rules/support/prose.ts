/** Reading numbers out of prose: sentences, clauses, counts (42件, 三件) and their spans in the original text. */
import type { ProseLine, Span } from '../../model';
import { isBlank, isDigitCode } from '../../text/characters';
import type { RuleContext } from '../types';
import { memoKey } from './memo';

export interface Clause {
  /** Normalised text of the clause. */
  text: string;
  /** The sentence the clause belongs to. */
  sentence: string;
  line: ProseLine;
  /** Index of the clause's first character in line.text. */
  start: number;
}

/** The `,` of 1,234: a digit before it and exactly three after it. */
function isThousandsSeparator(text: string, index: number): boolean {
  if (text.charCodeAt(index) !== 0x2c || !isDigitCode(text.charCodeAt(index - 1))) return false;
  for (let k = 1; k <= 3; k++) if (!isDigitCode(text.charCodeAt(index + k))) return false;
  return !isDigitCode(text.charCodeAt(index + 4));
}

/** GR401 and GR402 read the same lines: each line is split once per check. */
const CLAUSES_BY_LINE = memoKey<Map<ProseLine, Clause[]>>('clausesByLine');

/** Splits each line into sentences and each sentence into comma-separated clauses. */
export function clausesOf(context: RuleContext, lines: readonly ProseLine[]): Clause[] {
  const clausesByLine = context.memo.get(CLAUSES_BY_LINE, () => new Map<ProseLine, Clause[]>());
  const clauses: Clause[] = [];
  for (const line of lines) {
    let own = clausesByLine.get(line);
    if (!own) {
      own = clausesOfLine(line);
      clausesByLine.set(line, own);
    }
    for (const clause of own) clauses.push(clause);
  }
  return clauses;
}

/**
 * Sentence and clause ends, found by the regular-expression engine: it scans long lines of prose several times
 * faster than a loop over their characters.
 */
const SENTENCE_END = /[。；;！!？?]/g;
const CLAUSE_END = /[，,]/g;

function clausesOfLine(line: ProseLine): Clause[] {
  const clauses: Clause[] = [];
  const text = line.text;
  for (let sentenceStart = 0; ; ) {
    SENTENCE_END.lastIndex = sentenceStart;
    const sentenceEnd = SENTENCE_END.exec(text)?.index ?? text.length;
    const sentence = text.slice(sentenceStart, sentenceEnd);
    for (let clauseStart = 0, search = 0; ; ) {
      CLAUSE_END.lastIndex = search;
      const found = CLAUSE_END.exec(sentence)?.index;
      // The , of 1,234 joins a number, not two clauses.
      if (found !== undefined && isThousandsSeparator(sentence, found)) {
        search = found + 1;
        continue;
      }
      const clauseEnd = found ?? sentence.length;
      const clause = sentence.slice(clauseStart, clauseEnd);
      if (!isBlank(clause)) clauses.push({ text: clause, sentence, line, start: sentenceStart + clauseStart });
      if (found === undefined) break;
      clauseStart = search = clauseEnd + 1;
    }
    if (sentenceEnd === text.length) return clauses;
    sentenceStart = sentenceEnd + 1;
  }
}

/** Original span of line.text[start, end). Falls back to the whole line when no character map is known. */
export function spanInLine(line: ProseLine, start: number, end: number): Span {
  if (line.offsets && end > start) {
    const { map, start: lineStart } = line.offsets;
    return { start: map.originalOf(lineStart + start), end: map.originalOf(lineStart + end - 1) + 1 };
  }
  if (line.text.length === line.span.end - line.span.start) {
    return { start: line.span.start + start, end: line.span.start + end };
  }
  return line.span;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 42 → 42; 三 → 3; 十二 → 12; 二百零五 → 205; 一万二千 → 12000. Undefined for anything else. */
export function parseCount(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (/^[0-9]{1,3}(?:,[0-9]{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      section += (digit ?? 1) * UNITS[ch];
      digit = undefined;
    } else {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** A count of items in a clause: digits or Chinese numerals directly before 件 (not 一件事, a slogan). */
export const COUNT_PATTERN = /([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+|[零〇一二两三四五六七八九十百千万]+)件(?!事)/g;

export interface CountMatch {
  value: number;
  /** Index in the clause of the number and of the end of 件. */
  start: number;
  end: number;
}

/** The unit every count ends in (see COUNT_PATTERN): a clause without it holds no count. */
const COUNT_UNIT = '件';

/** A line (or clause) that can state a count at all: the prose rules split only those into clauses. */
export function mayHoldCount(text: string): boolean {
  return text.includes(COUNT_UNIT);
}

export function countsIn(clauseText: string): CountMatch[] {
  const matches: CountMatch[] = [];
  if (!clauseText.includes(COUNT_UNIT)) return matches;
  for (const match of clauseText.matchAll(COUNT_PATTERN)) {
    const value = parseCount(match[1]);
    if (value !== undefined) matches.push({ value, start: match.index!, end: match.index! + match[0].length });
  }
  return matches;
}

/** The earliest occurrence of any of the keywords in text (longest on ties), or undefined. */
export function earliestKeyword(text: string, keywords: readonly string[]): { keyword: string; index: number } | undefined {
  let best: { keyword: string; index: number } | undefined;
  for (const keyword of keywords) {
    const index = text.indexOf(keyword);
    if (index < 0) continue;
    if (!best || index < best.index || (index === best.index && keyword.length > best.keyword.length)) best = { keyword, index };
  }
  return best;
}
