/** Character classes by UTF-16 code unit, for the parser's and the prose rules' inner loops. */

/**
 * What `\s` matches, by UTF-16 code unit: the parser tests single characters in its inner loops, where a regular
 * expression on a one-character string allocates that string each time.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `text.trim() === ''` without making the trimmed string. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** An ASCII digit 0–9. */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
