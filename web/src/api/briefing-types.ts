// The briefing sheets' API shapes (src/modules/briefings/briefing.ts).

export type BriefingEntity = { id: string; kind: string; label: string; lastSeen: string; role?: string };

export type Briefing = {
  kind: 'address' | 'line';
  id: string;
  title: string;
  marking: string;
  handling: 'P' | 'C';
  handlingNote: string;
  generatedAt: string;
  summary: { label: string; value: string }[];
  reports: { id: string; observedOn: string }[];
  reportCount: number;
  alerts: { id: string; kind: string; title: string; status: string; lastFiredOn: string }[];
  people: BriefingEntity[];
  vehicles: BriefingEntity[];
  phones: BriefingEntity[];
  addresses: BriefingEntity[];
  intelligence: {
    id: string;
    reference: string;
    grade: string;
    handling: 'P' | 'C';
    sanitisedText: string;
    createdOn: string;
  }[];
  warrants: { id: string; reference: string; status: string; premises: string }[] | null;
};
