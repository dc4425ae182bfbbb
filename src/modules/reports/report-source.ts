import type { ReportChannel } from './report.ts';

/** Who a report came from, in the words of an intelligence report's source type. */
export type ReportSourceType = 'public_anonymous' | 'public_identified' | 'partner_agency';

/**
 * A partner agency's referral comes from the agency; a web or phone report from a member of the
 * public, identified only when they gave contact details (an anonymous report keeps none).
 */
export function sourceTypeOfReport(report: { channel: ReportChannel; hasContactDetails: boolean }): ReportSourceType {
  if (report.channel === 'partner') return 'partner_agency';
  return report.hasContactDetails ? 'public_identified' : 'public_anonymous';
}
