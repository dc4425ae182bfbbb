import { useEffect, useRef } from 'react';

export const shortcuts: readonly (readonly [string, string])[] = [
  ['j', 'Move to the next report'],
  ['k', 'Move to the previous report'],
  ['o', 'Open the current report'],
  ['a', 'Assign the current report to me'],
  ['x', 'Select or unselect the current report'],
  ['?', 'Show these shortcuts'],
];

/**
 * The keyboard shortcuts, in a modal dialog: focus goes to its close button when it opens and
 * back where it was when it closes; Escape closes it (the browser's own dialog behaviour).
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement;
      element.showModal();
      element.querySelector<HTMLButtonElement>('button')?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="lb-dialog"
      aria-labelledby="shortcuts-heading"
      onClose={() => {
        onClose();
        if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
      }}
    >
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <p>They work on the inbox list, not while you are typing in a box.</p>
      <dl className="lb-shortcuts">
        {shortcuts.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="lb-button lb-button--secondary" onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
