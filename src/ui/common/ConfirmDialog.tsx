import { useEffect, useRef } from 'react';
import { ModalDialog } from './ModalDialog';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** A safer way to go on than the confirmation, offered beside it. */
  alternative?: { label: string; onChoose: () => void };
}

/** Asks before something that cannot be undone. Cancel has the focus, so Enter does no harm. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
  alternative,
}: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <ModalDialog
      role="alertdialog"
      labelledBy="confirm-title"
      describedBy="confirm-message"
      onCancel={onCancel}
    >
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-message">{message}</p>
      <div className="dialog-actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        {alternative && (
          <button type="button" className="button" onClick={alternative.onChoose}>
            {alternative.label}
          </button>
        )}
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
