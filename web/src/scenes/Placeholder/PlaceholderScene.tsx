import { PageHeading } from '../../components/PageHeading.tsx';

/** A page with only a title and a sentence, such as "Page not found". */
export function PlaceholderScene({ title, summary }: { title: string; summary: string }) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{summary}</p>
    </>
  );
}
