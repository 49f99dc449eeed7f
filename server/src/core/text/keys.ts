/**
 * Matching keys for labels and headings: what is left of a normalised label once spacing, punctuation and
 * numbering are gone. Two labels match when their keys are equal; a label that only contains the standard key
 * (fill-in instructions left in it) or is contained in it (a stripped note) is a non-standard wording.
 */
const IGNORED = /[\s()（）\[\]【】、,，.．:：;；“”"'‘’`·•\-—–_|/\\<>《》〈〉!?！？]/g;
const NUMBERING = /^\s*(?:[一二三四五六七八九十]+\s*[、,，.．:：\s]+|[(（]\s*[一二三四五六七八九十]+\s*[)）]\s*[、,，.．]?|\d+\s*[.．、)）]\s*)/;

/** Removes one leading numbering such as 一、 （三） 2. */
export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, '');
}

/** The numbering that starts `text` (一、 （三） 2.), or ''. */
export function numberingOf(text: string): string {
  const match = NUMBERING.exec(text);
  return match ? match[0].trim() : '';
}

export function labelKey(text: string): string {
  return stripNumbering(text.trim()).replace(IGNORED, '');
}

/** Key that keeps the numbering characters (for telling （七）总计 from a bare 总计 column header). */
export function looseKey(text: string): string {
  return text.replace(IGNORED, '');
}
