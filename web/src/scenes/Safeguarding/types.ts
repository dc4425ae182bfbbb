// The safeguarding answers, named from the generated contract (schema.d.ts).
import type { Got } from '../../api/client.ts';

export type ReferralSummary = Got<'/api/safeguarding/referrals'>['items'][number];
export type Referral = Got<'/api/safeguarding/referrals/{id}'>;
