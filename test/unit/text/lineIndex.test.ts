import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

/** The start of every line of `text`, by the LSP's rule: \n, \r\n and a lone \r each end a line. */
function lineStarts(index: LineIndex): number[] {
  return Array.from({ length: index.lineCount }, (_, line) => index.lineStart(line));
}

describe('LineIndex: line ends', () => {
  it('finds lines ended by \\n only', () => {
    assert.deepEqual(lineStarts(new LineIndex('一\n二\n\n三')), [0, 2, 4, 5]);
  });

  it('takes \\r\\n as one line end, as Windows saves a report', () => {
    const index = new LineIndex('一、总体情况\r\n（一）主动公开\r\n');
    assert.deepEqual(lineStarts(index), [0, 8, 17]);
    assert.deepEqual(index.positionAt(9), { line: 1, character: 1 });
    assert.equal(index.lineEnd(0), 6);
  });

  it('takes a lone \\r as a line end, and \\r\\r\\n as two', () => {
    assert.deepEqual(lineStarts(new LineIndex('一\r二\r\r\n三\n\r四\r')), [0, 2, 4, 6, 8, 9, 11]);
  });

  it('finds no line end in a text without one, and one line in an empty text', () => {
    assert.deepEqual(lineStarts(new LineIndex('一二三')), [0]);
    assert.deepEqual(lineStarts(new LineIndex('')), [0]);
  });

  it('maps every offset of a text of mixed line ends to the position it has there', () => {
    const text = 'ab\r\ncd\ref\ngh\r\r\nij\n\nk';
    const index = new LineIndex(text);
    const lines = text.split(/\r\n|\r|\n/);
    let offset = 0;
    lines.forEach((line, lineNumber) => {
      for (let character = 0; character <= line.length; character++) {
        assert.deepEqual(index.positionAt(offset + character), { line: lineNumber, character }, `offset ${offset + character}`);
      }
      offset += line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
    });
  });
});
