// Names for the briefing sheets' answers, taken from the generated contract (schema.d.ts).
import type { Got } from './client.ts';

export type Briefing = Got<'/api/briefings/addresses/{id}'>;
export type BriefingEntity = Briefing['people'][number];
