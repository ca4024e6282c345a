import { useState, type FormEvent } from 'react';
import { RECORD_LIMITS, tooLong } from '../../model/record-limits';
import { Field } from '../common/Field';
import { DialogActions, ModalDialog } from '../common/ModalDialog';

interface Props {
  /** The name given before, when the reviewer changes it. */
  initial?: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** Asks once for the name credited on the reviewer's annotations. */
export function ReviewerNameDialog({ initial = '', onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Enter the name to credit on your annotations.');
    // credited on every annotation, so held to what an import accepts of a name
    const long = tooLong('A name', trimmed, RECORD_LIMITS.nameLength);
    if (long) return setError(long);
    onSubmit(trimmed);
  };
  return (
    <ModalDialog labelledBy="reviewer-title" onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <h2 id="reviewer-title">Who is reviewing?</h2>
        <p>Your name is stored on this computer only and credited on every annotation you make.</p>
        <Field id="reviewer-name" label="Your name" error={error || undefined}>
          <input autoComplete="name" value={name} onChange={e => setName(e.target.value)} />
        </Field>
        <DialogActions submit="Continue" onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
