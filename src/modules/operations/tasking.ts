// Tasking's rules, pure: the TT&CG meets fortnightly; its agenda covers the fortnight since the
// last meeting and the one to the next; every page of the printed agenda carries its marking.

export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const memberKinds = ['target', 'deal_line', 'address'] as const;
export type MemberKind = (typeof memberKinds)[number];
export const assigneeKinds = ['team', 'officer'] as const;
export type AssigneeKind = (typeof assigneeKinds)[number];

/** The TT&CG cycle in days (fortnightly, DOMAIN-OPERATIONS: tasking and co-ordination). */
export const meetingCycleDays = 14;

/**
 * The marking printed on every page of the agenda. The agenda draws on graded intelligence
 * (targets' priorities rest on it), so it is handled as OFFICIAL-SENSITIVE with handling code C:
 * for the meeting's members only, no onward sharing without the intelligence unit's agreement.
 */
export const agendaMarking = {
  classification: 'OFFICIAL-SENSITIVE',
  handlingCode: 'C',
  text: 'OFFICIAL-SENSITIVE. Handling code C: for TT&CG members only; no onward sharing without the intelligence unit’s agreement.',
} as const;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The agenda's window: results since the last meeting, tasks due before the next one. */
export function meetingWindow(meetingOn: string) {
  return { since: addDays(meetingOn, -meetingCycleDays), nextMeetingOn: addDays(meetingOn, meetingCycleDays) };
}

export type TaskFacts = { status: TaskStatus; dueOn: string; resultOn: string | null };

/** Where a task sits on the agenda: overdue, due before the next meeting, later, or reported back. */
export function agendaSection(task: TaskFacts, meetingOn: string): 'overdue' | 'due' | 'later' | 'reported' | null {
  const { since, nextMeetingOn } = meetingWindow(meetingOn);
  if (task.status !== 'open') {
    return task.resultOn !== null && task.resultOn >= since && task.resultOn <= meetingOn ? 'reported' : null;
  }
  if (task.dueOn < meetingOn) return 'overdue';
  return task.dueOn < nextMeetingOn ? 'due' : 'later';
}
