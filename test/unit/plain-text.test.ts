import { describe, expect, it } from 'vitest';
import { classifyCharacter, describeForbiddenCharacter, findForbiddenCharacters, findHtmlMarkup, quoteMarkup } from '../../src/lib/text/plain-text.ts';

describe('findForbiddenCharacters: text is text', () => {
  it.each([
    ['NFC Vietnamese', 'Phường Trần Phú ra mắt chuyên mục Chuyển đổi số'],
    ['NFD Vietnamese (macOS input)', 'Phường Trần Phú ra mắt chuyên mục Chuyển đổi số'.normalize('NFD')],
    ['tab and newline', 'Dòng một\tcột hai\nDòng hai'],
    ['CRLF line ends', 'Dòng một\r\nDòng hai\r\n'],
    ['emoji (a valid surrogate pair)', 'Chúc mừng 🎉 năm mới'],
    ['comparison signs', 'Tỷ lệ < 50%, ≥10%, <3 ngày'],
    ['zero-width joiner (not a bidi control)', 'a\u200db'],
  ])('allows %s', (_name, text) => {
    expect(findForbiddenCharacters(text)).toEqual({ found: [], total: 0 });
  });

  it.each([
    ['NUL', 'Tiêu\u0000 đề', 0x0000, 'control', 5],
    ['vertical tab from "\\x0B"', 'Tiêu đề\u000b', 0x000b, 'control', 8],
    ['a lone CR', 'Dòng một\rDòng hai', 0x000d, 'control', 9],
    ['DEL', 'a\u007f', 0x007f, 'control', 2],
    ['C1 NEL', 'Phường\u0085', 0x0085, 'control', 7],
    ['RIGHT-TO-LEFT OVERRIDE', 'Phường Trần\u202E Phú', 0x202e, 'bidi', 12],
    ['LEFT-TO-RIGHT EMBEDDING', '\u202aPhú', 0x202a, 'bidi', 1],
    ['FIRST STRONG ISOLATE', 'Xã\u2068', 0x2068, 'bidi', 3],
    ['a lone high surrogate', 'x\ud800y', 0xd800, 'surrogate', 2],
    ['a lone low surrogate', 'x\udc00', 0xdc00, 'surrogate', 2],
    ['noncharacter U+FFFE', 'số\ufffe', 0xfffe, 'noncharacter', 3],
    ['noncharacter U+FDD0', '\ufdd0', 0xfdd0, 'noncharacter', 1],
  ])('refuses %s, with its column', (_name, text, codePoint, kind, column) => {
    const { found, total } = findForbiddenCharacters(text);
    expect(total).toBe(1);
    expect(found[0]).toMatchObject({ codePoint, kind, line: 1, column });
  });

  it('counts lines and columns as an editor sees them, and stops quoting after the limit', () => {
    const text = 'Dòng một\nDòng hai \u202e\n' + '\u0001'.repeat(10_000);
    const { found, total } = findForbiddenCharacters(text, 3);
    expect(found.map(({ line, column }) => [line, column])).toEqual([[2, 10], [3, 1], [3, 2]]);
    expect(total).toBe(10_001);
  });

  it('classifies CR by what follows it', () => {
    expect(classifyCharacter(0x0d, 0x0a)).toBeUndefined();
    expect(classifyCharacter(0x0d, 0x41)).toBe('control');
  });

  it('names the character in Vietnamese', () => {
    expect(describeForbiddenCharacter(0x202e, 'bidi')).toBe('ký tự điều khiển hướng chữ U+202E (RIGHT-TO-LEFT OVERRIDE)');
    expect(describeForbiddenCharacter(0x0b, 'control')).toBe('ký tự điều khiển U+000B');
    expect(describeForbiddenCharacter(0xd800, 'surrogate')).toBe('nửa cặp mã UTF-16 đứng lẻ U+D800 (không phải một ký tự)');
  });
});

describe('findHtmlMarkup: plain-text fields hold no tags', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', 0],
    ['Họp <b>đầy đủ</b>', 4],
    ['kết thúc </b>', 9],
    ['chú thích <!-- x -->', 10],
    ['<?xml version="1.0"?>', 0],
    ['<!DOCTYPE html>', 0],
    ['Phường <script>', 7],
  ])('finds markup in %j', (text, index) => {
    expect(findHtmlMarkup(text)).toBe(index);
  });

  it.each(['Tỷ lệ < 50%', '≥10% hồ sơ', '<3 ngày', 'a <= b', '1 << 2', 'Phường Trần Phú'])('leaves %j as text', (text) => {
    expect(findHtmlMarkup(text)).toBe(-1);
  });

  it('quotes the tag, shortened', () => {
    expect(quoteMarkup('a <img src=x onerror=alert(1)> b', 2)).toBe('<img src=x onerror=aler…');
    expect(quoteMarkup('Họp <b>đầy đủ</b>', 4)).toBe('<b>');
  });
});
