import type { IntelligenceRef } from '../../api/operations-types.ts';
import { Link } from '../../components/Link.tsx';

/** The graded intelligence behind a record, each linking to its report, with its 3x5x2 grade. */
export function IntelligenceRefs({ refs }: { refs: readonly IntelligenceRef[] }) {
  return (
    <>
      {refs.map((ref, index) => (
        <span key={ref.id}>
          {index > 0 && ', '}
          <Link to={`/intelligence/${ref.id}`}>{ref.reference}</Link> (graded {ref.grade})
        </span>
      ))}
    </>
  );
}
