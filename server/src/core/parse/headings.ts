import { SECTIONS, type SectionSpec } from '../format/sections';
import type { FormatEdition } from '../format/schema';
import type { Section, SectionHeading } from '../model';
import { labelKey } from '../text/keys';
import type { ParseContext } from './context';
import type { Line } from './lines';

/** `一、总体情况`, also as a Markdown heading or in bold when pasted from a web page (`## 一、…`, `**一、…**`). */
const HEADING = /^(\s*(?:#{1,6}\s*|\*\*\s*)?)([一二三四五六七八九十])(\s*[、,.:;\s]*\s*)(\S.*?)\s*(?:\*\*)?\s*$/;
const MAX_HEADING_LENGTH = 40;
const MAX_REWORDED_HEADING_LENGTH = 30;

export interface FoundHeading {
  heading: SectionHeading;
  spec?: SectionSpec;
  match: Section['headingMatch'];
}

interface HeadingKeyMatch {
  spec: SectionSpec;
  kind: 'standard' | 'variant';
}

/**
 * Sections by the key of their standard heading or of a variant, in the format's order, built once (the format is
 * constant): one lookup per numbered line instead of a key comparison per section and variant.
 */
let sectionsByHeadingKey: Map<string, HeadingKeyMatch[]> | undefined;

function sectionsWithHeadingKey(key: string): readonly HeadingKeyMatch[] {
  if (!sectionsByHeadingKey) {
    const byKey = new Map<string, HeadingKeyMatch[]>();
    const add = (key: string, match: HeadingKeyMatch) => {
      const matches = byKey.get(key) ?? [];
      if (!matches.some((existing) => existing.spec === match.spec)) matches.push(match);
      byKey.set(key, matches);
    };
    for (const spec of SECTIONS) {
      add(labelKey(spec.heading), { spec, kind: 'standard' });
      for (const variant of spec.variants) add(labelKey(variant), { spec, kind: 'variant' });
    }
    sectionsByHeadingKey = byKey;
  }
  return sectionsByHeadingKey.get(key) ?? [];
}

/** Keys of the table-2 row and group labels of the editions, computed once per list of editions. */
const table2LabelKeys = new WeakMap<readonly FormatEdition[], Set<string>>();

/** Row labels of table 2 (一、本年新收… 三、本年度办理结果 四、结转下年度…) look like headings and are not. */
function isTable2Label(editions: readonly FormatEdition[], text: string): boolean {
  let keys = table2LabelKeys.get(editions);
  if (!keys) {
    keys = new Set(editions.flatMap((edition) => [...edition.table2.rows, ...edition.table2.groups].map((label) => labelKey(label.label))));
    table2LabelKeys.set(editions, keys);
  }
  return keys.has(labelKey(text));
}

/**
 * A numbered line is a section heading when its text is a section's heading (standard or variant, whatever the
 * numeral), or, under its own numeral, when it carries that section's key words (a reworded heading).
 */
export function findHeading(context: ParseContext, line: Line, editions: readonly FormatEdition[]): FoundHeading | undefined {
  if (line.text.includes('|') || line.text.startsWith('\t')) return undefined;
  const match = HEADING.exec(line.text);
  if (!match) return undefined;
  const [, indent, numeral, separator, text] = match;
  if (text.length > MAX_HEADING_LENGTH || /[。；;]$/.test(text) || isTable2Label(editions, text)) return undefined;
  let spec: SectionSpec | undefined;
  let kind: Section['headingMatch'] | undefined;
  for (const { spec: candidate, kind: found } of sectionsWithHeadingKey(labelKey(text))) {
    if (!spec || candidate.numeral === numeral) {
      spec = candidate;
      kind = found;
    }
  }
  // Without any separator (三收到和处理…) only a heading worded exactly as the format's counts.
  if (!spec && separator.trim() === '' && separator.length === 0) return undefined;
  if (!spec) {
    const own = SECTIONS.find((candidate) => candidate.numeral === numeral);
    if (own && text.length <= MAX_REWORDED_HEADING_LENGTH && own.keywords.every((word) => text.includes(word))) {
      spec = own;
      kind = 'different';
    }
  }
  if (!spec || !kind) return undefined;
  const start = line.start + indent.length;
  const textStart = start + numeral.length + separator.length;
  const heading: SectionHeading = {
    numeral,
    text,
    separator: separator.trim(),
    span: context.span(start, line.start + indent.length + numeral.length + separator.length + text.length),
    textSpan: context.span(textStart, textStart + text.length),
    line: line.index,
  };
  return { heading, spec, match: kind };
}
