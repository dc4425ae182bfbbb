import { useEffect } from 'react';

export type InboxKeyActions = {
  move: (by: 1 | -1) => void;
  open: () => void;
  assignToMe: () => void;
  toggle: () => void;
  help: () => void;
};

/** Whether a key press belongs to a box the user is typing in (or a control that uses keys). */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * j/k move, o opens, a assigns to me, x selects, ? shows the shortcuts. Ignored while typing,
 * with a modifier held (browser and screen reader shortcuts stay theirs), or while a dialog is open.
 */
export function useInboxKeys(actions: InboxKeyActions, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const handle = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const act: Record<string, () => void> = {
        j: () => {
          actions.move(1);
        },
        k: () => {
          actions.move(-1);
        },
        o: actions.open,
        a: actions.assignToMe,
        x: actions.toggle,
        '?': actions.help,
      };
      const action = act[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', handle);
    return () => {
      document.removeEventListener('keydown', handle);
    };
  }, [actions, enabled]);
}
