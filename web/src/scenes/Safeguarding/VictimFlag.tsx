import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';

/**
 * "Victim of exploitation": shown to police and safeguarding on a person's page and on the
 * charging page of an arrest. It says only that a safeguarding case exists, never what is in it
 * (GET /api/casework/persons/{id}/victim-flag, audited).
 */
export function VictimFlag({ me, personId }: { me: Me; personId: string }) {
  const allowed = hasPermission(me, 'casework.victim_flag');
  const loaded = useLoad(
    () =>
      allowed
        ? api.get('/api/casework/persons/{id}/victim-flag', { path: { id: personId } })
        : Promise.resolve(undefined),
    [personId, allowed],
  );
  if (!loaded.data?.victimOfExploitation) return null;
  return (
    <div className="lb-urgent" role="note" aria-label="Victim of exploitation">
      <p>
        <strong>Victim of exploitation.</strong> This person is the subject of a safeguarding case. Treat them as a
        victim as well as a suspect: consider the NRM and the s.45 defence. The case is held by the safeguarding team.
      </p>
    </div>
  );
}
