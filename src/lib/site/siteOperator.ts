/**
 * Who runs the site and where readers send feedback: shown in the accessibility statement and the
 * footer. The defaults are the sample deployment's; a real deployment sets SITE_OPERATOR and
 * SITE_FEEDBACK_EMAIL at build time (see README, "Deploying").
 */

/** The operator and the feedback address. */
export interface SiteOperator {
  /** The agency responsible for the site, in Vietnamese. */
  readonly name: string;
  /** An e-mail address that a person reads. */
  readonly feedbackEmail: string;
}

/**
 * The operator from the environment, else the sample deployment's.
 *
 * @param env the build's environment (process.env)
 * @throws Error when SITE_FEEDBACK_EMAIL is set but is not an e-mail address
 */
export function siteOperator(env: Readonly<Record<string, string | undefined>>): SiteOperator {
  const feedbackEmail = env['SITE_FEEDBACK_EMAIL'] ?? 'gopy@thiduakhenthuong.example.vn';
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(feedbackEmail)) {
    throw new Error(
      `SITE_FEEDBACK_EMAIL is "${feedbackEmail}", which is not an e-mail address; set it to the address readers write to, e.g. gopy@tinh.gov.vn`,
    );
  }
  return {
    name: env['SITE_OPERATOR'] ?? 'Ban quản trị trang Công khai Thi đua - Khen thưởng',
    feedbackEmail,
  };
}
