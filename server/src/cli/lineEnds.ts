/**
 * Fixes are computed on LF text when the file uses CRLF throughout and converted back afterwards, so a fix that
 * inserts a line writes the file's own line end. Files mixing both are left as they are: there is no single line end
 * to keep. The conversion is exact because a pure-CRLF text has no `\n` without its `\r`.
 */
export function usesCrlfThroughout(text: string): boolean {
  const lineFeeds = text.split('\n').length - 1;
  return lineFeeds > 0 && text.split('\r\n').length - 1 === lineFeeds;
}

export function withLineEnds<T extends { text: string }>(text: string, transform: (lfText: string) => T): T {
  if (!usesCrlfThroughout(text)) return transform(text);
  const result = transform(text.split('\r\n').join('\n'));
  return { ...result, text: result.text.split('\n').join('\r\n') };
}
