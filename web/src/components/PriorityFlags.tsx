import type { Flags } from '../api/intel-types.ts';

/** The reasons a report jumps the queue, in words (never colour alone). */
export function PriorityFlags({ flags }: { flags: Flags }) {
  const reasons = [
    flags.threatToLife ? 'Threat to life' : null,
    flags.child ? 'Child at risk' : null,
    flags.vulnerableAdult ? 'Vulnerable adult at risk' : null,
  ].filter((reason): reason is string => reason !== null);
  if (reasons.length === 0) return null;
  return (
    <ul className="lb-flags">
      {reasons.map((reason) => (
        <li key={reason} className="lb-flag">
          {reason}
        </li>
      ))}
    </ul>
  );
}
