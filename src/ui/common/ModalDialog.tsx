import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** The id of the element that names the dialog (its heading). */
  labelledBy: string;
  describedBy?: string;
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
  /** Escape, or the browser closing it. */
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A modal <dialog>: the browser traps focus inside. React removes it rather than closing it,
 * so the focus is given back here, to where it was, unless something else took it meanwhile.
 */
export function ModalDialog({ labelledBy, describedBy, role, wide, onCancel, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    const before = document.activeElement;
    if (d && !d.open) d.showModal();
    return () => {
      const now = document.activeElement;
      const lost = !now || now === document.body || !!d?.contains(now);
      if (lost && before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={e => {
        e.preventDefault(); // React owns whether it is shown
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}

interface ActionsProps {
  /** The label of the submit button. */
  submit: string;
  disabled?: boolean;
  onCancel: () => void;
  /** Anything shown after the buttons (a progress note). */
  children?: ReactNode;
}

/** The foot of a dialog's form: its submit button, Cancel, and an optional note. */
export function DialogActions({ submit, disabled, onCancel, children }: ActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="submit" className="button button--primary" disabled={disabled}>
        {submit}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      {children}
    </div>
  );
}
