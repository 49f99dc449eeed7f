/**
 * Matching keys for labels and headings: what is left of a normalised label once spacing, punctuation and
 * numbering are gone. Two labels match when their keys are equal; a label that only contains the standard key
 * (fill-in instructions left in it) or is contained in it (a stripped note) is a non-standard wording.
 */
const IGNORED = /[\s()（）\[\]【】、,，.．:：;；“”"'‘’`·•\-—–_|/\\<>《》〈〉!?！？]/g;
const NUMBERING = /^\s*(?:[一二三四五六七八九十]+\s*[、,，.．:：\s]+|[(（]\s*(?:[一二三四五六七八九十]+|\d+)\s*[)）]\s*[、,，.．]?|\d+\s*[.．、)）]\s*)/;

/** Removes one leading numbering such as 一、 （三） 2. （2） */
export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, '');
}

/** The numbering that starts `text` (一、 （三） 2.), or ''. */
export function numberingOf(text: string): string {
  const match = NUMBERING.exec(text);
  return match ? match[0].trim() : '';
}

/**
 * Keys are asked for the same few hundred strings over and over — the format's labels on every comparison, a
 * document's cells once per candidate label — so they are remembered. Only short texts (labels are short; a long
 * line is never a label) and a bounded number of them: the cache cannot grow with the documents checked.
 */
const KEY_CACHE_LIMIT = 8192;
const MAX_CACHED_TEXT = 64;
const keyCache = new Map<string, string>();

export function labelKey(text: string): string {
  if (text.length > MAX_CACHED_TEXT) return stripNumbering(text.trim()).replace(IGNORED, '');
  let key = keyCache.get(text);
  if (key === undefined) {
    key = stripNumbering(text.trim()).replace(IGNORED, '');
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

/** Key that keeps the numbering characters (for telling （七）总计 from a bare 总计 column header). */
export function looseKey(text: string): string {
  return text.replace(IGNORED, '');
}
