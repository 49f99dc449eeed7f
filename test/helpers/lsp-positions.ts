import type { Position } from 'vscode-languageserver-protocol';

/** The position of the `occurrence`-th appearance of `needle` in `text`, moved `offset` characters in. */
export function positionOf(text: string, needle: string, offset = 0, occurrence = 1): Position {
  let index = -1;
  for (let seenCount = 0; seenCount < occurrence; seenCount++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`“${needle}” not found ${occurrence} times`);
  }
  const before = text.slice(0, index + offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
