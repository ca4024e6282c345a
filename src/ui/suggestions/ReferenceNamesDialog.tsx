import { useMemo, useRef, useState, type FormEvent } from 'react';
import {
  EXTRA_PEOPLE,
  addExtraPerson,
  extraPeopleIn,
  removeExtraPerson,
} from '../../store/suggestion-store';
import { Field } from '../common/Field';
import { ProblemText } from '../common/ProblemText';
import { after, problemOf, type Problem } from '../common/problem';
import { writeFailure } from '../common/storage-errors';
import { useSetting } from '../common/use-setting';
import { ModalDialog } from '../common/ModalDialog';
import './suggestions.css';

interface Props {
  onClose: () => void;
}

/**
 * The names the reviewer adds to the reference list of office holders, so
 * that misspellings of people the shipped list lacks are flagged too.
 */
export function ReferenceNamesDialog({ onClose }: Props) {
  const stored = useSetting<unknown>(EXTRA_PEOPLE);
  const people = useMemo(() => extraPeopleIn(stored?.value), [stored]);
  const [name, setName] = useState('');
  const [office, setOffice] = useState('');
  // a refusal of the name is the field's; a failed write is the dialog's, its detail folded
  const [error, setError] = useState('');
  const [failed, setFailed] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await addExtraPerson({ name, office });
      setName('');
      setOffice('');
      setError('');
      setFailed(null);
    } catch (err) {
      // the store's refusals ("already on the list") are sentences; a failed write gets its own
      const problem = problemOf(err, writeFailure(err));
      if (problem.technical === undefined) setError(problem.message);
      else setFailed(after('Not added:', problem));
    } finally {
      setBusy(false);
      nameInput.current?.focus();
    }
  };
  const remove = async (who: string) => {
    try {
      await removeExtraPerson(who);
      setFailed(null);
      // the button that had focus is gone with its row
      nameInput.current?.focus();
    } catch (err) {
      setFailed(after('Not removed:', problemOf(err, writeFailure(err))));
    }
  };

  return (
    <ModalDialog labelledBy="reference-names-title" onCancel={onClose}>
      <h2 id="reference-names-title">Reference names</h2>
      <p>
        Names close to one on the reference list, but spelled differently, are suggested as
        corrections. Add people the shipped list of G20 office holders lacks.
      </p>
      {stored &&
        (people.length === 0 ? (
          <p className="muted">You have not added any names.</p>
        ) : (
          <ul className="reference-names" aria-label="Names you added">
            {people.map(p => (
              <li key={p.name}>
                <span>
                  {p.name}
                  {p.office && <span className="muted"> · {p.office}</span>}
                </span>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => void remove(p.name)}
                >
                  Remove<span className="visually-hidden"> “{p.name}”</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
      <form className="reference-names-form" onSubmit={e => void add(e)} noValidate>
        <Field id="reference-name" label="Name" error={error || undefined}>
          <input
            ref={nameInput}
            autoComplete="off"
            value={name}
            onChange={e => setName(e.target.value)}
          />
        </Field>
        <Field id="reference-office" label="Office (optional)">
          <input autoComplete="off" value={office} onChange={e => setOffice(e.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={busy}>
          Add name
        </button>
      </form>
      {failed && <ProblemText problem={failed} />}
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      </div>
    </ModalDialog>
  );
}
