import { z } from 'zod';
import { roles } from '../access/index.ts';
import { partnerOrganisationKinds } from './user.ts';

export const userIdParams = z.object({ id: z.uuid('Not a valid id') });

const email = z.email('Enter an email address, like name@herts.police.uk').max(254);
const displayName = z.string().trim().min(1, 'Enter the person’s name').max(120);
const roleList = z.array(z.enum(roles)).max(roles.length);
const teamIds = z.array(z.uuid()).max(50);

export const createUserBody = z.object({
  email,
  displayName,
  roles: roleList.min(1, 'Choose at least one role'),
  teamIds: teamIds.optional(),
  partnerOrganisationId: z.uuid().nullable().optional(),
});

export const updateUserBody = z
  .object({
    displayName: displayName.optional(),
    roles: roleList.optional(),
    teamIds: teamIds.optional(),
    partnerOrganisationId: z.uuid().nullable().optional(),
  })
  .strict();

export const createTeamBody = z.object({
  name: z.string().trim().min(1, 'Enter a team name').max(80),
  description: z.string().trim().max(500).optional(),
});

export const updateTeamBody = createTeamBody.partial().strict();

export const createPartnerOrganisationBody = z.object({
  name: z.string().trim().min(1, 'Enter the organisation’s name').max(120),
  kind: z.enum(partnerOrganisationKinds),
});
