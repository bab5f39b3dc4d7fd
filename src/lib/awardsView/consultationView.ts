import type { AwardDecision } from '../../schemas/awardDecisions';
import type { ConsultationState } from '../awards/consultationState';
import { formatIssued } from '../format/dates';

/** The consultation block of a proposed list (công khai, lấy ý kiến). */
export type Consultation = Extract<AwardDecision, { status: 'proposed' }>['consultation'];

/** Where a consultation stands on a day: the part of `consultationState()` the pages use. */
export type ConsultationStateInput = Pick<ConsultationState, 'state' | 'workingDaysLeft'>;

/** What the pages say about a consultation, all text ready to show. */
export interface ConsultationView {
  readonly state: ConsultationStateInput['state'];
  readonly workingDaysLeft: number;
  /** Day the list was posted, ISO. */
  readonly posted: string;
  /** Last day for comments, ISO. */
  readonly closes: string;
  readonly postedLabel: string;
  readonly closesLabel: string;
  /** "Đang lấy ý kiến nhân dân", "Đã hết thời gian lấy ý kiến", "Sắp lấy ý kiến nhân dân". */
  readonly heading: string;
  /**
   * "Còn 7 ngày làm việc để góp ý, hạn cuối 28/11/2026"; "Hôm nay là hạn cuối góp ý (28/11/2026)";
   * "Đã hết thời gian lấy ý kiến (ngày 15/10/2026)"; "Sẽ lấy ý kiến từ ngày …, hạn cuối …".
   */
  readonly headline: string;
  /** "Niêm yết từ ngày 16/11/2026 đến hết ngày 30/11/2026". */
  readonly period: string;
  readonly howToComment: string;
  readonly where: string;
}

const headings: Readonly<Record<ConsultationStateInput['state'], string>> = {
  open: 'Đang lấy ý kiến nhân dân',
  closed: 'Đã hết thời gian lấy ý kiến',
  notStarted: 'Sắp lấy ý kiến nhân dân',
};

/**
 * The consultation notice of a proposed list: heading, the one sentence that matters (working days
 * left and the last day, or that it has closed), the period, how and where to comment.
 *
 * @param consultation the proposed list's consultation block
 * @param state what `consultationState(consultation, today)` returned
 * @param today the build date (ISO day)
 */
export function consultationView(
  consultation: Consultation,
  state: ConsultationStateInput,
  today: string,
): ConsultationView {
  const closesLabel = formatIssued(consultation.closes);
  const postedLabel = formatIssued(consultation.posted);
  let headline: string;
  if (state.state === 'closed') {
    headline = `Đã hết thời gian lấy ý kiến (ngày ${closesLabel})`;
  } else if (state.state === 'notStarted') {
    headline = `Sẽ lấy ý kiến từ ngày ${postedLabel}, hạn cuối ${closesLabel}`;
  } else if (today === consultation.closes) {
    headline = `Hôm nay là hạn cuối góp ý (${closesLabel})`;
  } else if (state.workingDaysLeft <= 0) {
    headline = `Không còn ngày làm việc nào trước hạn cuối góp ý (${closesLabel})`;
  } else {
    headline = `Còn ${state.workingDaysLeft} ngày làm việc để góp ý, hạn cuối ${closesLabel}`;
  }
  return {
    state: state.state,
    workingDaysLeft: state.workingDaysLeft,
    posted: consultation.posted,
    closes: consultation.closes,
    postedLabel,
    closesLabel,
    heading: headings[state.state],
    headline,
    period: `Niêm yết từ ngày ${postedLabel} đến hết ngày ${closesLabel}`,
    howToComment: consultation.howToComment,
    where: consultation.where,
  };
}
