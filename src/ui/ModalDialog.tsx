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

/** A modal <dialog>: the browser traps focus inside and returns it on close. */
export function ModalDialog({ labelledBy, describedBy, role, wide, onCancel, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
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

/** The row of buttons at the foot of a dialog. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="dialog-actions">{children}</div>;
}
