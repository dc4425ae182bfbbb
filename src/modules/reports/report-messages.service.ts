import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { can, type StaffActor } from '../access/index.ts';
import { insertReportMessage, listReportMessages } from './report-message.repository.ts';
import { advanceReportStatus, findReportSummary } from './report.repository.ts';
import { thankYouMessages, type ThankYouMessageId } from './report-thanks.ts';
import { reportSealContext } from './report.service.ts';
import type { ReportStatus } from './report.ts';

export const maxMessageLength = 2000;
/** A reporter can keep adding information, but not without end: a flood stops here. */
export const maxReporterMessagesPerReport = 50;

export type ReportMessage = {
  readonly id: string;
  readonly author: 'staff' | 'reporter';
  readonly staffUserId: string | null;
  readonly sentOn: string;
  readonly body: string;
};

export type ReporterInbox = {
  readonly status: ReportStatus;
  readonly submittedOn: string;
  readonly messages: readonly ReportMessage[];
  readonly canSendMore: boolean;
};

export type ReportMessagesService = ReturnType<typeof createReportMessagesService>;

// The conversation between analysts and an anonymous reporter, who signs in with the
// receipt. Staff reads and writes are authorised here (deny by default, "not found or no
// access" either way) and audited in the same transaction as what they record.
export function createReportMessagesService(deps: { db: Db; sealer: Sealer; clock: Clock; audit: AuditTrail }) {
  async function readMessages(tx: DbOrTx, reportId: string): Promise<ReportMessage[]> {
    const rows = await listReportMessages(tx, reportId);
    return rows.map((row) => ({
      id: row.id,
      author: row.author,
      staffUserId: row.staffUserId,
      sentOn: row.sentOn,
      body: deps.sealer.openText(row.sealed, reportSealContext.message(reportId, row.id)),
    }));
  }

  async function addMessage(
    tx: DbOrTx,
    reportId: string,
    author: { type: 'staff'; userId: string } | { type: 'reporter' },
    body: string,
  ): Promise<ReportMessage> {
    const id = randomUUID();
    const sentOn = londonDay(deps.clock.now());
    const staffUserId = author.type === 'staff' ? author.userId : null;
    await insertReportMessage(tx, {
      id,
      reportId,
      author: author.type,
      staffUserId,
      sentOn,
      sealed: deps.sealer.seal(body, reportSealContext.message(reportId, id)),
    });
    return { id, author: author.type, staffUserId, sentOn, body };
  }

  /** Staff access: the permission and the report's existence fail the same way. */
  async function checkStaffAccess(actor: StaffActor, reportId: string, action: string): Promise<void> {
    const report = can(actor, 'report.message_reporter') ? await findReportSummary(deps.db, reportId) : undefined;
    if (report) return;
    await deps.db.transaction().execute((tx) =>
      deps.audit.record(tx, {
        actor: { type: 'staff', id: actor.userId },
        action: `${action}.denied`,
        subject: { type: 'report', id: reportId },
        ...(actor.requestId === undefined ? {} : { requestId: actor.requestId }),
      }),
    );
    throw new AppError('not_found_or_no_access');
  }

  return {
    async postQuestion(actor: StaffActor, reportId: string, body: string): Promise<ReportMessage> {
      await checkStaffAccess(actor, reportId, 'report.message_posted');
      const text = checkBody(body);
      return deps.db.transaction().execute(async (tx) => {
        const message = await addMessage(tx, reportId, { type: 'staff', userId: actor.userId }, text);
        // Someone is reading it now: the reporter sees "being looked at", not "waiting to be read".
        const moved = await advanceReportStatus(tx, reportId, 'under_review');
        await deps.audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'report.message_posted',
          subject: { type: 'report', id: reportId },
          ...(actor.requestId === undefined ? {} : { requestId: actor.requestId }),
          details: { messageId: message.id, ...(moved ? { status: 'under_review' } : {}) },
        });
        return message;
      });
    },

    /** One of the approved thank-you messages (no free text); the status does not move (ADR 0041). */
    async sendThankYou(actor: StaffActor, reportId: string, messageId: ThankYouMessageId): Promise<ReportMessage> {
      await checkStaffAccess(actor, reportId, 'report.thanked');
      const approved = thankYouMessages.find((m) => m.id === messageId);
      if (!approved) {
        throw new AppError('validation_failed', undefined, [
          { field: 'message', message: 'Choose a message from the list' },
        ]);
      }
      return deps.db.transaction().execute(async (tx) => {
        const message = await addMessage(tx, reportId, { type: 'staff', userId: actor.userId }, approved.text);
        await deps.audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'report.thanked',
          subject: { type: 'report', id: reportId },
          ...(actor.requestId === undefined ? {} : { requestId: actor.requestId }),
          details: { messageId: message.id, thankYou: approved.id },
        });
        return message;
      });
    },

    async listMessages(actor: StaffActor, reportId: string): Promise<ReportMessage[]> {
      await checkStaffAccess(actor, reportId, 'report.messages_read');
      return deps.db.transaction().execute(async (tx) => {
        const messages = await readMessages(tx, reportId);
        await deps.audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'report.messages_read',
          subject: { type: 'report', id: reportId },
          ...(actor.requestId === undefined ? {} : { requestId: actor.requestId }),
          details: { count: messages.length },
        });
        return messages;
      });
    },

    /** The reporter's own view; `reportId` comes from a receipt sign-in, never from the request. */
    async readInbox(reportId: string): Promise<ReporterInbox> {
      const report = await findReportSummary(deps.db, reportId);
      if (!report) throw new AppError('not_found');
      const messages = await readMessages(deps.db, reportId);
      const sentByReporter = messages.filter((message) => message.author === 'reporter').length;
      return {
        status: report.status,
        submittedOn: report.submittedOn,
        messages,
        canSendMore: sentByReporter < maxReporterMessagesPerReport,
      };
    },

    async addReporterMessage(reportId: string, body: string): Promise<void> {
      const text = checkBody(body);
      await deps.db.transaction().execute(async (tx) => {
        const existing = await listReportMessages(tx, reportId);
        if (existing.filter((row) => row.author === 'reporter').length >= maxReporterMessagesPerReport) {
          throw new AppError('conflict', 'This report cannot hold any more messages');
        }
        const message = await addMessage(tx, reportId, { type: 'reporter' }, text);
        await deps.audit.record(tx, {
          actor: { type: 'public' },
          action: 'report.reporter_message_added',
          subject: { type: 'report', id: reportId },
          details: { messageId: message.id },
        });
      });
    },
  };
}

function checkBody(body: string): string {
  const text = body.trim();
  if (text.length === 0 || text.length > maxMessageLength) {
    throw new AppError('validation_failed', 'The message is empty or too long', [
      { field: 'body', message: `Enter a message of up to ${String(maxMessageLength)} characters` },
    ]);
  }
  return text;
}
