import type { BodyOf } from '../../../api/client.ts';
import { formText } from '../../../components/forms.ts';
import type { PartnerOrganisation, RoleCatalogue, Team } from '../../../api/types.ts';

type Props = {
  catalogue: RoleCatalogue;
  teams: readonly Team[];
  organisations: readonly PartnerOrganisation[];
  roles?: readonly string[];
  teamIds?: readonly string[];
  partnerOrganisationId?: string | null;
};

/** Role checkboxes, team checkboxes and the partner organisation, for creating and editing accounts. */
export function RoleAndTeamFields({
  catalogue,
  teams,
  organisations,
  roles = [],
  teamIds = [],
  partnerOrganisationId = null,
}: Props) {
  return (
    <>
      <fieldset className="lb-fieldset" id="roles">
        <legend>Roles</legend>
        <p className="lb-hint">A partner-agency user holds no other role and must belong to a partner organisation.</p>
        {catalogue.roles.map((role) => (
          <div className="lb-checkbox" key={role.role}>
            <input
              type="checkbox"
              id={`role-${role.role}`}
              name="roles"
              value={role.role}
              defaultChecked={roles.includes(role.role)}
            />
            <label htmlFor={`role-${role.role}`}>{role.label}</label>
          </div>
        ))}
      </fieldset>
      {teams.length > 0 && (
        <fieldset className="lb-fieldset" id="teamIds">
          <legend>Teams</legend>
          {teams.map((team) => (
            <div className="lb-checkbox" key={team.id}>
              <input
                type="checkbox"
                id={`team-${team.id}`}
                name="teamIds"
                value={team.id}
                defaultChecked={teamIds.includes(team.id)}
              />
              <label htmlFor={`team-${team.id}`}>{team.name}</label>
            </div>
          ))}
        </fieldset>
      )}
      <div className="lb-field">
        <label htmlFor="partnerOrganisationId">Partner organisation</label>
        <select id="partnerOrganisationId" name="partnerOrganisationId" defaultValue={partnerOrganisationId ?? ''}>
          <option value="">None (police staff)</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** Reads the fields above back out of a submitted form. */
export function readRoleAndTeamFields(form: FormData) {
  const organisation = formText(form, 'partnerOrganisationId');
  return {
    roles: form.getAll('roles').map(String) as BodyOf<'/api/admin/users'>['roles'],
    teamIds: form.getAll('teamIds').map(String),
    partnerOrganisationId: organisation === '' ? null : organisation,
  };
}
