import { describe, expect, test } from 'vitest';
import {
  awardFormsFile,
  decisionsFile,
  decisionsJsonSchema,
  jsonText,
} from '../../../src/lib/openData/openDataJson';
import { openDataAwardFormsFileSchema } from '../../../src/lib/openData/exportSchema';
import { fixtureDecision, fixtureOpenData, ids, site, withheldName } from './openDataFixture';

describe('the JSON files', () => {
  test('start with title, documentation and licence, then the decisions', () => {
    const file = decisionsFile(fixtureOpenData().decisions, site);
    expect(Object.keys(file)).toEqual([
      'title',
      'documentation',
      'licence',
      'illustrative',
      'decisions',
    ]);
    expect(file).toMatchObject({
      documentation: `${site}du-lieu/`,
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
      illustrative: true,
    });
    expect(file.decisions).toHaveLength(3);
  });

  test('a one-decision file has the same shape, titled by the decision', () => {
    const file = decisionsFile([fixtureDecision(ids.revoked)], site);
    expect(file.title).toBe(
      'Về việc tặng thưởng Huân chương Lao động | Công khai Thi đua - Khen thưởng',
    );
    expect(file.decisions.map((d) => d.id)).toEqual([ids.revoked]);
  });

  test('are UTF-8 text with Vietnamese as is, two-space indent and a final newline', () => {
    const text = jsonText(decisionsFile([fixtureDecision(ids.decided)], site));
    expect(text).toContain('"name": "Nguyễn Thị Hồng Nhung"');
    expect(text).not.toMatch(/\\u[0-9a-f]{4}/i);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain(withheldName);
  });

  test('the catalogue file validates against its schema', () => {
    const file = awardFormsFile(fixtureOpenData().awardForms, site);
    expect(openDataAwardFormsFileSchema.parse(JSON.parse(jsonText(file)))).toEqual(file);
  });

  test('the published JSON Schema has an $id and none of the project-only keys', () => {
    const schema = decisionsJsonSchema(site);
    expect(schema['$id']).toBe(`${site}du-lieu/khen-thuong.schema.json`);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const text = JSON.stringify(schema);
    expect(text).not.toContain('contentFields');
    // `typeLabel` is also an exported field (awardees[].typeLabel): only the metadata key, whose value
    // is a string, must be gone.
    expect(text).not.toContain('"typeLabel":"');
    expect(text).toContain('"description":"Thành tích"');
  });
});
