import { z } from 'zod';

export const briefingParams = z.object({ id: z.uuid('Not a valid id') });
