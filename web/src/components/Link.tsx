import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../hooks/useRoute.ts';

/** An in-app link: a real href (open in new tab works), handled without a page load. */
export function Link({ to, children, current = false }: { to: string; children: ReactNode; current?: boolean }) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a href={`/app${to}`} onClick={handleClick} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
