import { useEffect, useState, type ReactNode } from 'react';

// The protective marking and handling code printed at the top and foot of every page. Pages
// say what they hold (an intelligence report its own grade); the rest print as OFFICIAL-SENSITIVE
// material not yet graded. Hidden on screen. In print the page sits in a table whose header and
// footer rows hold the marking: the print engine repeats those on every page, and, unlike a
// fixed element, they take their own room, so no content is printed underneath them.

export type PrintMarkingState = { marking: string; handling: 'P' | 'C' | null; conditions?: string | null };

const ungraded: PrintMarkingState = { marking: 'OFFICIAL-SENSITIVE', handling: null };
let current: PrintMarkingState = ungraded;
const listeners = new Set<() => void>();

function publish(next: PrintMarkingState) {
  current = next;
  for (const listener of listeners) listener();
}

/** Sets the marking this page prints with while it is shown (back to the default after). */
export function usePrintMarking(state: PrintMarkingState | null): void {
  const key = state ? `${state.marking}|${state.handling ?? ''}|${state.conditions ?? ''}` : '';
  useEffect(() => {
    if (!state) return undefined;
    publish(state);
    return () => {
      publish(ungraded);
    };
    // The key captures every field of the state.
  }, [key]);
}

export function handlingText(state: PrintMarkingState): string {
  if (state.handling === 'P') return 'Handling code P: lawful sharing permitted';
  if (state.handling === 'C') {
    return `Handling code C: lawful sharing permitted with conditions${state.conditions ? ` (${state.conditions})` : ''}`;
  }
  return 'Handling: not graded, share only through a graded intelligence report';
}

function MarkingLine({ position }: { position: 'top' | 'bottom' }) {
  const [state, setState] = useState(current);
  useEffect(() => {
    const update = () => {
      setState(current);
    };
    listeners.add(update);
    update();
    return () => {
      listeners.delete(update);
    };
  }, []);
  return (
    <div className={`lb-print-marking lb-print-marking--${position}`} data-testid={`print-marking-${position}`}>
      <strong>{state.marking}</strong> · {handlingText(state)} · Linebreak
    </div>
  );
}

/** Frames the page for print: the marking above and below the content on every page. */
export function PrintFrame({ children }: { children: ReactNode }) {
  return (
    <table className="lb-print-frame" role="presentation">
      <thead className="lb-print-frame__marking">
        <tr>
          <td>
            <MarkingLine position="top" />
          </td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{children}</td>
        </tr>
      </tbody>
      <tfoot className="lb-print-frame__marking">
        <tr>
          <td>
            <MarkingLine position="bottom" />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
