// Dissemination: sharing one record with one team or one partner organisation under a
// handling code (DOMAIN.md §1.1). P: lawful sharing permitted. C: permitted with conditions,
// which travel with the record and are shown to every reader. Pure types and rules only.

export const handlingCodes = ['P', 'C'] as const;
export type HandlingCode = (typeof handlingCodes)[number];

/** A record anywhere in the system, named by its type ("report", "intelligence", "person"…) and id. */
export type RecordRef = { readonly type: string; readonly id: string };

export type DisseminationRecipient =
  | { readonly kind: 'team'; readonly teamId: string }
  | { readonly kind: 'partner_organisation'; readonly partnerOrganisationId: string };

export type Dissemination = {
  readonly id: string;
  readonly subject: RecordRef;
  readonly recipient: DisseminationRecipient;
  readonly handlingCode: HandlingCode;
  readonly conditions: string | null;
  readonly reason: string;
  readonly disseminatedBy: string;
  readonly disseminatedAt: Date;
  readonly withdrawnAt: Date | null;
};

/** One record shared with the reader, as "Shared with us" lists it. */
export type SharedRecord = {
  readonly id: string;
  readonly subject: {
    readonly type: string;
    readonly id: string;
    readonly label: string;
    readonly href: string | null;
  };
  readonly handlingCode: HandlingCode;
  readonly conditions: string | null;
  readonly disseminatedAt: string;
};

export function isActive(dissemination: Dissemination): boolean {
  return dissemination.withdrawnAt === null;
}

export type DisseminationDraft = {
  readonly subject: RecordRef;
  readonly recipient: DisseminationRecipient;
  readonly handlingCode: HandlingCode;
  readonly conditions?: string | null;
  readonly reason: string;
};

/** Field problems with a draft; an empty list means it may be saved. */
export function checkDisseminationDraft(draft: DisseminationDraft): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (draft.handlingCode === 'C' && (draft.conditions ?? '').trim().length === 0) {
    problems.push({ field: 'conditions', message: 'Handling code C needs the conditions the recipient must follow' });
  }
  if (draft.reason.trim().length < 5) {
    problems.push({ field: 'reason', message: 'Give the policing purpose for sharing (at least 5 characters)' });
  }
  return problems;
}
