import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as iconv from 'iconv-lite';
import { decode, encode } from '../../../server/src/node/decode';
import { SEED, seedText } from './harness';

describe('decode', () => {
  const report = seedText(SEED.errors004);

  it('reads UTF-8 without BOM', () => {
    assert.deepEqual(decode(Buffer.from(report, 'utf8')), { ok: true, text: report, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-8 with BOM and drops the BOM from the text', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(report, 'utf8')]);
    assert.deepEqual(decode(bytes), { ok: true, text: report, encoding: 'utf-8', bom: true });
  });

  it('reads GB18030, detected by chardet', () => {
    assert.deepEqual(decode(iconv.encode(report, 'gb18030')), { ok: true, text: report, encoding: 'gb18030', bom: false });
  });

  it('reads Traditional text in GB18030 (seed 002)', () => {
    const traditional = seedText(SEED.traditional002);
    assert.deepEqual(decode(iconv.encode(traditional, 'gb18030')), { ok: true, text: traditional, encoding: 'gb18030', bom: false });
  });

  it('reads a short GB18030 line that chardet is unsure about', () => {
    const line = '行政许可 | 8583 |\n';
    assert.deepEqual(decode(iconv.encode(line, 'gb18030')), { ok: true, text: line, encoding: 'gb18030', bom: false });
  });

  it('keeps short UTF-8 Chinese as UTF-8 although the bytes are also valid GB18030', () => {
    assert.deepEqual(decode(Buffer.from('规章', 'utf8')), { ok: true, text: '规章', encoding: 'utf-8', bom: false });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    assert.deepEqual(decode(Buffer.alloc(0)), { ok: true, text: '', encoding: 'utf-8', bom: false });
  });

  it('refuses UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(report, 'utf16le')]);
    assert.deepEqual(decode(bytes), { ok: false, reason: '文件是 UTF-16 编码，不受支持：请另存为 UTF-8 或 GB18030' });
  });

  it('refuses UTF-16 without a BOM and binary data (NUL bytes)', () => {
    const expected = { ok: false, reason: '文件含有 NUL 字节：是二进制文件或无 BOM 的 UTF-16 文件，不是 UTF-8 或 GB18030 文本' };
    assert.deepEqual(decode(Buffer.from('二、主动公开 abc', 'utf16le')), expected);
    assert.deepEqual(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), expected);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, naming chardet’s guess', () => {
    const bytes = Buffer.from([0xff, 0x80, 0xfe, 0x41, 0x80, 0x80, 0xff, 0xff]);
    const result = decode(bytes);
    assert.equal(result.ok, false);
    assert.match((result as { reason: string }).reason, /^文件既不是 UTF-8 也不是 GB18030 编码/);
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8', () => {
    assert.deepEqual(decode(Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28])), { ok: false, reason: '文件以 UTF-8 BOM 开头，但内容不是有效的 UTF-8' });
  });

  it('reads characters outside the BMP (four-byte UTF-8) as surrogate pairs, and ASCII-only text', () => {
    const text = '二〇二五年 𠀀𪚥 😀 公开 ¥1,000\r\nplain ASCII line';
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    assert.deepEqual(decode(Buffer.concat([bom, Buffer.from(text, 'utf8')])), { ok: true, text, encoding: 'utf-8', bom: true });
    assert.deepEqual(decode(Buffer.concat([bom, Buffer.from('plain ASCII', 'utf8')])), { ok: true, text: 'plain ASCII', encoding: 'utf-8', bom: true });
  });

  it('refuses what strict UTF-8 refuses: overlong forms, encoded surrogates, code points past U+10FFFF, cut sequences', () => {
    const invalid = [
      [0xc0, 0xaf], // overlong '/'
      [0xe0, 0x80, 0xaf], // overlong '/'
      [0xed, 0xa0, 0x80], // U+D800 encoded
      [0xf4, 0x90, 0x80, 0x80], // U+110000
      [0xe4, 0xb8], // 中 without its last byte
    ];
    for (const tail of invalid) {
      const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x41, ...tail, 0x41]);
      assert.deepEqual(decode(bytes), { ok: false, reason: '文件以 UTF-8 BOM 开头，但内容不是有效的 UTF-8' }, `bytes ${tail.join(' ')}`);
    }
  });
});

describe('encode', () => {
  it('writes UTF-8 with and without BOM, and GB18030, so that decode gives back the same text', () => {
    const text = '三、收到和处理政府信息公开申请情况\r\n（七）总计 | 6 |\r\n𠮷\n';
    for (const [encoding, bom] of [['utf-8', false], ['utf-8', true], ['gb18030', false]] as const) {
      assert.deepEqual(decode(encode(text, encoding, bom)), { ok: true, text, encoding, bom });
    }
    assert.deepEqual([...encode('a', 'utf-8', true)], [0xef, 0xbb, 0xbf, 0x61]);
  });
});
