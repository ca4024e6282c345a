import { useEffect, useRef, useState, type FormEvent } from 'react';

interface Props {
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** Asks once for the name credited on the reviewer's annotations. */
export function ReviewerNameDialog({ onSubmit, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal(); // modal: traps focus and restores it on close
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Enter the name to credit on your annotations.');
    onSubmit(trimmed);
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="reviewer-title" onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <h2 id="reviewer-title">Who is reviewing?</h2>
        <p>Your name is stored on this computer only and credited on every annotation you make.</p>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor="reviewer-name">Your name</label>
          <input
            id="reviewer-name"
            autoComplete="name"
            value={name}
            onChange={e => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'reviewer-name-error' : undefined}
          />
          {error && (
            <p id="reviewer-name-error" className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="submit" className="button button--primary">
            Continue
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
