import type { ReportMessage } from './report-messages.service.ts';

/** The staff API's view of a message: exactly these fields leave the service. */
export function presentReportMessage(message: ReportMessage) {
  return {
    id: message.id,
    author: message.author,
    staffUserId: message.staffUserId,
    sentOn: message.sentOn,
    body: message.body,
  };
}
