import { describe, expect, test } from 'vitest';
import { parseSource, restoreYamlDates } from '../../../src/lib/validation/parseSource';
import { documentFile, organizationFile } from './sources';

describe('restoreYamlDates', () => {
  test.each([
    ['a real date stays the date as written', 'issued: 2025-12-05', '2025-12-05'],
    [
      'an impossible date is kept as written, not rolled over to March',
      'issued: 2025-02-31',
      '2025-02-31',
    ],
    ['a timestamp on the same day becomes the day', 'issued: 2025-12-05 09:00:00', '2025-12-05'],
    [
      'a timestamp that is another day in UTC is kept as written',
      'issued: 2025-12-05T01:00:00+07:00',
      '2025-12-05T01:00:00+07:00',
    ],
  ])('%s', (_name, yaml, expected) => {
    const outcome = parseSource(documentFile('x', yaml));
    expect(outcome.entry.data?.['issued']).toBe(expected);
  });

  test('dates inside lists and groups are restored too', () => {
    const data = { milestones: [{ date: new Date(Date.UTC(2025, 2, 3)) }] };
    expect(restoreYamlDates(data, 'milestones:\n  - date: 2025-02-31\n')).toEqual({
      milestones: [{ date: '2025-02-31' }],
    });
  });
});

describe('parseSource', () => {
  test('YAML that cannot be read is reported with its line in the file', () => {
    const outcome = parseSource(documentFile('x', 'status: full\ntitle: "open\nkind: plan'));
    expect(outcome.entry.data).toBeNull();
    expect(outcome.problems).toMatchObject([{ check: 'parse', field: 'front matter', line: 5 }]);
  });

  test('a Markdown file without front matter is reported once', () => {
    const outcome = parseSource({ ...documentFile('x', ''), text: 'Kế hoạch …\n' });
    expect(outcome.problems).toMatchObject([{ check: 'parse', line: 1 }]);
  });

  test('JSON that cannot be read is reported with its line', () => {
    const outcome = parseSource({
      ...organizationFile('x', {}),
      text: '{\n  "name": "Bộ Chính trị",\n  "level": "central",\n}\n',
    });
    expect(outcome.problems).toMatchObject([{ check: 'parse', field: 'file', line: 4 }]);
  });

  test('JSON that is a list, not an object, is reported', () => {
    const outcome = parseSource({ ...organizationFile('x', {}), text: '["Bộ Chính trị"]' });
    expect(outcome.problems[0]?.message).toContain('not a list');
  });

  test('the body starts on the line after the closing ---', () => {
    const outcome = parseSource(documentFile('x', 'status: full\nkind: plan', '\nI. MỤC ĐÍCH\n'));
    expect(outcome.entry.bodyStartLine).toBe(5);
    expect(outcome.entry.body).toBe('\nI. MỤC ĐÍCH\n');
  });
});
