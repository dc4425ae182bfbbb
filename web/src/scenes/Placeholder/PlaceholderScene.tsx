import { PageHeading } from '../../components/PageHeading.tsx';

/** A section a later release fills. */
export function PlaceholderScene({ title, summary }: { title: string; summary: string }) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{summary}</p>
      <p className="lb-hint">This section is not available yet.</p>
    </>
  );
}
