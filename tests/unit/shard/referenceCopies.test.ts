import { describe, expect, test } from 'vitest';
import {
  entryPageFile,
  excludeReferenceCopies,
  markReferenceCopy,
} from '../../../src/lib/shard/referenceCopies';

describe('reference copies', () => {
  test('an entry page file follows the site routes', () => {
    expect(entryPageFile({ collection: 'documents', id: 'chi-thi-41' })).toBe(
      'van-ban/chi-thi-41/index.html',
    );
    expect(entryPageFile({ collection: 'organizations', id: 'bo-chinh-tri' })).toBe(
      'co-quan/bo-chinh-tri/index.html',
    );
    expect(entryPageFile({ collection: 'awardDecisions', id: 'qd-1' })).toBe(
      'khen-thuong/qd-1/index.html',
    );
  });

  test('marking adds one Pagefind filter to <html> and changes nothing else', () => {
    const page =
      '<!DOCTYPE html><html lang="vi"><head></head><body><main data-pagefind-body>x</main></body></html>';
    const marked = markReferenceCopy(page);
    expect(marked).toBe(
      '<!DOCTYPE html><html data-pagefind-filter="referenceCopy:1" lang="vi"><head></head><body><main data-pagefind-body>x</main></body></html>',
    );
    expect(markReferenceCopy(marked)).toBe(marked);
    expect(() => markReferenceCopy('<p>no document</p>')).toThrow(/no <html> start tag/);
  });

  test('the portal leaves marked pages out with a Pagefind "not" filter', () => {
    expect({ kind: ['Kế hoạch'], ...excludeReferenceCopies }).toEqual({
      kind: ['Kế hoạch'],
      not: { referenceCopy: '1' },
    });
  });
});
