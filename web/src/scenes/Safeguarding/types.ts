// The shapes the safeguarding API answers (src/modules/safeguarding/safeguarding.presenter.ts).

export type ReferralSummary = {
  id: string;
  status: string;
  submittedOn: string;
  atRisk: { child: boolean; vulnerableAdult: boolean };
  threatToLife: boolean;
  concerns: string[];
  postcodeSector: string | null;
};

export type Referral = ReferralSummary & {
  dangerNow: string[];
  people: { description: string | null; names: string | null; age: string | null }[];
  childInvolved: string | null;
  vulnerableAdultInvolved: string | null;
  where: {
    building: string | null;
    street: string | null;
    town: string | null;
    postcode: string | null;
    place: string | null;
  } | null;
  when: { firstNoticed: string | null; lastSeen: { year: number; month: number; day?: number } | null };
  indicators: {
    homeTakenOver: string[];
    homeTakenOverOther: string | null;
    exploitation: string[];
    exploitationOther: string | null;
  };
  reporterText: string | null;
  contactStatus: 'anonymous' | 'withheld' | 'shared';
  contact: {
    name: string | null;
    phone: string | null;
    email: string | null;
    safeToContact: 'yes' | 'no';
    safeContactNotes: string | null;
  } | null;
};
