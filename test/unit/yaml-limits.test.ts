import { describe, expect, it } from 'vitest';
import { parseYaml, YAML_MAX_DEPTH } from '../../src/lib/content/yaml.ts';
import { parseAndValidate } from '../../src/lib/content/parse-file.ts';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import { unitsFileSchema } from '../../src/lib/content/schemas/unit.ts';
import { generateHostileText } from '../helpers/hostile-generators.ts';

const FILE = 'content/units.yaml';
function refused(text: string): ContentIssue[] {
  const result = parseYaml(FILE, text);
  if (result.ok) throw new Error(`accepted: ${text.slice(0, 80)}`);
  return result.issues;
}

describe('parseYaml: limits on structure', () => {
  it('refuses an alias bomb at its first anchor, quickly, without expanding it', () => {
    const started = performance.now();
    const issues = refused(`units:\n  - id: a\n    name: ${generateHostileText('alias-bomb', 1)}\n`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(issues).toEqual([expect.objectContaining({ file: FILE, line: 3, column: 12, message: expect.stringContaining('có neo YAML "&a"') })]);
  });

  it('refuses a lone alias and an anchor without aliases', () => {
    expect(refused('a: 1\nb: *x\n')[0]).toMatchObject({ line: 2, message: expect.stringContaining('bí danh YAML "*x"') });
    expect(refused('a: &x 1\n')[0]).toMatchObject({ line: 1, column: 4, message: expect.stringContaining('neo YAML "&x"') });
  });

  it.each([
    ['10,000 levels of [ ]', `name: ${generateHostileText('deep-nesting', 20_000)}`, 1],
    ['10,000 levels of { }', `name: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`, 1],
    ['33 levels of block lists', Array.from({ length: 34 }, (_, depth) => `${'  '.repeat(depth)}- a:`).join('\n'), 1],
  ])('refuses %s with a clear message, never a stack overflow', (_name, text, line) => {
    const issues = refused(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, message: `dữ liệu lồng nhau quá ${YAML_MAX_DEPTH} tầng (danh sách trong danh sách, nhóm trong nhóm…)` });
    expect(issues[0]!.line).toBeGreaterThanOrEqual(line);
  });

  it(`accepts ${YAML_MAX_DEPTH} levels`, () => {
    const text = `a: ${'['.repeat(YAML_MAX_DEPTH - 1)}1${']'.repeat(YAML_MAX_DEPTH - 1)}`;
    expect(parseYaml(FILE, text).ok).toBe(true);
  });

  it.each([
    ['!!js/function', 'name: !!js/function "function () { return process.env }"'],
    ['!!js/regexp', 'name: !!js/regexp /x/'],
    ['!!js/undefined', 'name: !!js/undefined ""'],
    ['!!binary', 'name: !!binary aGk='],
    ['a local tag', 'name: !ten-rieng x'],
    ['a verbatim tag', 'name: !<tag:yaml.org,2002:str> x'],
  ])('refuses the tag %s at its line and column', (tag, line) => {
    const issues = refused(`units:\n  - id: a\n    ${line}\n`);
    expect(issues).toEqual([expect.objectContaining({ line: 3, column: 11, message: expect.stringMatching(/^có thẻ kiểu YAML "!/) })]);
  });

  it('accepts the core schema tags', () => {
    const result = parseYaml(FILE, 'a: !!str 12\nb: !!int "3"\nc: !!seq [1]\n');
    expect(result.ok && result.parsed.value).toEqual({ a: '12', b: 3, c: [1] });
  });

  it('refuses %TAG directives, which could redefine !!str', () => {
    expect(refused('%TAG !! tag:evil.example,2024:\n---\nname: !!str x\n')[0]).toMatchObject({ line: 1, message: expect.stringContaining('chỉ thị YAML "%TAG') });
  });
});

describe('parseYaml: plain text in every string value', () => {
  it.each([
    ['U+202E typed raw', 'units:\n  - id: a\n    name: "Phường Trần\u202E Phú"\n', 3, 23, 'có ký tự điều khiển hướng chữ U+202E (RIGHT-TO-LEFT OVERRIDE) ở cột 23'],
    ['a raw NUL in a comment', 'a: 1 # x\u0000\n', 1, 9, 'có ký tự điều khiển U+0000 ở cột 9'],
  ])('refuses %s at its exact position', (_name, text, line, column, message) => {
    expect(refused(text)[0]).toMatchObject({ line, column, message });
  });

  it('points at the value for characters written as escapes ("\\0\\x01\\x0B")', () => {
    const [issue] = refused('units:\n  - id: a\n    name: "Tên\\0\\x01\\x0B"\n');
    expect(issue).toMatchObject({ line: 3, column: 11, field: 'units[0].name' });
    expect(issue!.message).toBe('giá trị (bắt đầu ở cột 11) có ký tự điều khiển U+0000, viết bằng mã thoát như "\\0", "\\x0B" hay "\\u202E" trong dấu nháy kép');
  });

  it.each([
    ['<img src=x onerror=alert(1)>', 11, '<img src=x onerror=aler…'],
    ['"Phường <b>Trần Phú</b>"', 19, '<b>'],
    ["'xem </title><script>'", 16, '</title>'],
    ['"\\x3cimg src=x>"', 11, '<img src=x>'],
  ])('refuses HTML markup %s at the tag', (value, column, quoted) => {
    const [issue] = refused(`units:\n  - id: a\n    name: ${value}\n`);
    expect(issue).toMatchObject({ line: 3, column, field: 'units[0].name' });
    expect(issue!.message).toBe(`có thẻ HTML "${quoted}": trường này là chữ thuần (hiện trên trang, trong RSS và ảnh chia sẻ), không được chứa thẻ HTML`);
  });

  it('accepts comparison signs and Vietnamese in both normal forms', () => {
    const nfd = 'Tỷ lệ hồ sơ trực tuyến'.normalize('NFD');
    const result = parseYaml(FILE, `a: "< 50%, ≥10%, <3 ngày"\nb: ${nfd}\n`);
    expect(result.ok && result.parsed.value).toEqual({ a: '< 50%, ≥10%, <3 ngày', b: nfd });
  });

  it('names the entry and field through parseAndValidate', () => {
    const issues: ContentIssue[] = [];
    parseAndValidate({ file: FILE, text: 'units:\n  - id: phuong-a\n    name: "<b>Phường A</b>"\n    kind: ward\n' }, unitsFileSchema, issues, 'đơn vị');
    expect(issues).toEqual([expect.objectContaining({ line: 3, column: 12, entry: 'đơn vị "phuong-a"', field: 'name' })]);
  });
});

describe('field lengths', () => {
  it('refuses a 1.9 MB unit name, naming the limit and the length, quickly', () => {
    const name = generateHostileText('long-text', 1_900_000);
    const issues: ContentIssue[] = [];
    const started = performance.now();
    parseAndValidate({ file: FILE, text: `units:\n  - id: phuong-a\n    name: "${name}"\n    kind: ward\n` }, unitsFileSchema, issues, 'đơn vị');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(issues).toEqual([
      expect.objectContaining({ line: 3, column: 11, entry: 'đơn vị "phuong-a"', field: 'name', message: `dài quá giới hạn 200 ký tự (đang dài ${name.length} ký tự)`, fix: 'viết ngắn lại, tối đa 200 ký tự; phần chi tiết đưa vào bài viết hoặc văn bản được dẫn' }),
    ]);
  });

  it.each([
    ['name', 200, true],
    ['name', 201, false],
    ['shortName', 201, false],
    ['aliases', 201, false],
  ])('%s of %i characters: accepted %s', (field, length, accepted) => {
    const value = 'ư'.repeat(length);
    const unit = { id: 'phuong-a', name: 'Phường A', kind: 'ward', [field]: field === 'aliases' ? [value] : value };
    expect(unitsFileSchema.safeParse({ units: [unit] }).success).toBe(accepted);
  });
});
