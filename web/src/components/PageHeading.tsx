import { useEffect, useRef, type ReactNode } from 'react';

// The first page of a visit starts at the top (so Tab reaches the skip link first); after
// that, focus moves to each new page's heading, as a full page load would announce it.
let firstPageShown = false;

/** The page's h1, focused on arrival so screen readers announce the new page after navigation. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Linebreak staff`;
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, [title]);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
