import type { HandlingCode } from '../access/index.ts';

// What a briefing sheet holds: enough for an officer to read on one page before a visit.

export type BriefingAlert = { id: string; kind: string; title: string; status: string; lastFiredOn: string };
export type BriefingEntity = { id: string; kind: string; label: string; lastSeen: string };
export type BriefingIntelligence = {
  id: string;
  reference: string;
  grade: string;
  handling: HandlingCode;
  sanitisedText: string;
  createdOn: string;
};
export type BriefingWarrant = { id: string; reference: string; status: string; premises: string };

export type Briefing = {
  kind: 'address' | 'line';
  id: string;
  title: string;
  /** The protective marking (Government Security Classifications) printed on every page. */
  marking: 'OFFICIAL-SENSITIVE';
  /**
   * The handling code printed on top: the most restrictive of the graded intelligence quoted
   * (C if any is C), or C when nothing quoted is graded yet.
   */
  handling: HandlingCode;
  handlingNote: string;
  generatedAt: string;
  summary: { label: string; value: string }[];
  reports: { id: string; observedOn: string }[];
  reportCount: number;
  alerts: BriefingAlert[];
  people: (BriefingEntity & { role?: string })[];
  vehicles: BriefingEntity[];
  phones: BriefingEntity[];
  addresses: BriefingEntity[];
  intelligence: BriefingIntelligence[];
  /** Null when the reader's role may not see warrants. */
  warrants: BriefingWarrant[] | null;
};

/** The handling code on top of the sheet, and what it means for whoever holds the paper. */
export function briefingHandling(intelligence: readonly BriefingIntelligence[]): {
  handling: HandlingCode;
  handlingNote: string;
} {
  if (intelligence.length > 0 && intelligence.every((i) => i.handling === 'P')) {
    return { handling: 'P', handlingNote: 'Lawful sharing permitted (every graded report quoted is P)' };
  }
  return {
    handling: 'C',
    handlingNote:
      intelligence.length === 0
        ? 'Not graded: share only through a graded intelligence report'
        : 'Lawful sharing permitted with conditions: see each intelligence report',
  };
}

export const maxReportsListed = 15;
