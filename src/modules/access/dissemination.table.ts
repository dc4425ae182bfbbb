import type { Generated, Selectable } from 'kysely';
import type { HandlingCode } from './dissemination.ts';

export type DisseminationTable = {
  id: Generated<string>;
  subject_type: string;
  subject_id: string;
  team_id: string | null;
  partner_organisation_id: string | null;
  handling_code: HandlingCode;
  conditions: string | null;
  reason: string;
  disseminated_by: string;
  disseminated_at: Date;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
};

export type DisseminationRow = Selectable<DisseminationTable>;
