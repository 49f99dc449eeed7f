import type { LabelSpec } from '../format/schema';
import type { LabelMatch } from '../model';
import { labelKey } from '../text/keys';

const MIN_INNER_MATCH = 4;

/** A label's keys, computed once per label of the format (the format is data that never changes while running). */
interface LabelKeys {
  standard: string;
  /** Key → how a wording with that key matches (accepted variant or listed non-standard wording). */
  listed: Map<string, 'variant' | 'nonStandard'>;
}

const compiledLabels = new WeakMap<LabelSpec, LabelKeys>();

function keysOf(spec: LabelSpec): LabelKeys {
  let keys = compiledLabels.get(spec);
  if (!keys) {
    const listed = new Map<string, 'variant' | 'nonStandard'>();
    for (const wording of spec.nonStandard ?? []) listed.set(labelKey(wording), 'nonStandard');
    for (const variant of spec.variants ?? []) listed.set(labelKey(variant), 'variant');
    keys = { standard: labelKey(spec.label), listed };
    compiledLabels.set(spec, keys);
  }
  return keys;
}

/**
 * How `text` matches a label of the format: the standard wording, an accepted variant, a listed non-standard
 * wording, or (with `contains`) a wording that contains the standard one or most of it — fill-in instructions
 * left in a label, a note stripped from it.
 */
export function matchLabel(text: string, spec: LabelSpec, contains = true): LabelMatch['kind'] | undefined {
  return matchLabelKey(labelKey(text), spec, contains);
}

/** matchLabel for a text whose key is already known (one key, matched against many labels). */
export function matchLabelKey(key: string, spec: LabelSpec, contains = true): LabelMatch['kind'] | undefined {
  if (key === '') return undefined;
  const { standard, listed } = keysOf(spec);
  if (key === standard) return 'standard';
  const kind = listed.get(key);
  if (kind) return kind;
  if (!contains || key.length < 2) return undefined;
  // Short standard labels (其他, 规章) only count when the wording starts with them, so 法人或其他组织 is no 其他.
  if (standard.length >= MIN_INNER_MATCH ? key.includes(standard) : key.startsWith(standard)) return 'nonStandard';
  if (standard.includes(key) && key.length * 2 >= standard.length) return 'nonStandard';
  return undefined;
}

/** Every exact key (standard, variant, listed wording) of a list of labels, once per list of the format. */
const exactKeysOfList = new WeakMap<readonly LabelSpec[], Set<string>>();

/** Whether a key matches any of `specs` (matchLabelKey on each), answering exact keys from one set lookup. */
export function matchesAnyLabel(key: string, specs: readonly LabelSpec[], contains = true): boolean {
  let exact = exactKeysOfList.get(specs);
  if (!exact) {
    exact = new Set(specs.flatMap((spec) => [keysOf(spec).standard, ...keysOf(spec).listed.keys()]));
    exactKeysOfList.set(specs, exact);
  }
  if (key !== '' && exact.has(key)) return true;
  return contains && specs.some((spec) => matchLabelKey(key, spec, contains) !== undefined);
}

/** 第二十条第（一）项 → '一', for block headers in any bracket width or gloss-free form. */
export function article20Item(text: string): string | undefined {
  const match = /第二十条第[(（]?\s*([一二三四五六七八九十]+)\s*[)）]?项/.exec(text.replace(/\s/g, ''));
  return match ? match[1] : undefined;
}
