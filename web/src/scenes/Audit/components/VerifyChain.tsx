import { useState } from 'react';
import { api } from '../../../api/client.ts';

type Result = { ok: boolean; checked: number; problems: { seq: string; problem: string }[] };

/** Recomputes the hash chain, as `linebreak audit verify` does. */
export function VerifyChain() {
  const [result, setResult] = useState<Result>();
  return (
    <section aria-labelledby="verify-heading">
      <h2 id="verify-heading">Integrity</h2>
      <button
        type="button"
        className="lb-button lb-button--secondary"
        onClick={() => void api.post('/api/audit/verify').then(setResult)}
      >
        Check the audit trail has not been altered
      </button>
      {result && (
        <div role="status">
          <p>
            {result.ok
              ? `Intact: ${String(result.checked)} events checked.`
              : `ALTERED: ${String(result.problems.length)} problem(s) in ${String(result.checked)} events.`}
          </p>
          {!result.ok && (
            <ul>
              {result.problems.map((problem) => (
                <li key={`${problem.seq}-${problem.problem}`}>
                  Event {problem.seq}: {problem.problem}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
