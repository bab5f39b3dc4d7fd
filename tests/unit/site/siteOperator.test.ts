import { describe, expect, test } from 'vitest';
import { siteOperator } from '../../../src/lib/site/siteOperator';

describe('who runs the site', () => {
  test('a deployment names its operator and feedback address in the environment', () => {
    expect(
      siteOperator({
        SITE_OPERATOR: 'Văn phòng UBND tỉnh Gia Lai',
        SITE_FEEDBACK_EMAIL: 'gopy@gialai.gov.vn',
      }),
    ).toEqual({ name: 'Văn phòng UBND tỉnh Gia Lai', feedbackEmail: 'gopy@gialai.gov.vn' });
  });

  test('without them the sample deployment is used', () => {
    expect(siteOperator({}).feedbackEmail).toMatch(/@/);
  });

  test('an address that is not an e-mail stops the build with the variable to fix', () => {
    expect(() => siteOperator({ SITE_FEEDBACK_EMAIL: '0912 345 678' })).toThrow(
      'SITE_FEEDBACK_EMAIL is "0912 345 678", which is not an e-mail address',
    );
  });
});
