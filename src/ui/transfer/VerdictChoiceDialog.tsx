import { useId, useState } from 'react';
import {
  proposedChoices,
  scaleWithAdded,
  type VerdictChoice,
} from '../../model/desk/foreign-verdicts';
import { ModalDialog } from '../common/ModalDialog';
import { Field } from '../common/Field';
import { annotationsText } from '../common/progress-words';
import type { VerdictChoices, VerdictQuestionData } from './import-file';

interface Props {
  question: VerdictQuestionData;
  /** The choices, or null: Cancel, which changes nothing. */
  onAnswer: (choices: VerdictChoices | null) => void;
}

const ADD = 'add';
const valueOf = (choice: VerdictChoice) => ('add' in choice ? ADD : `map:${choice.mapTo}`);
const choiceOf = (value: string): VerdictChoice =>
  value === ADD ? { add: true } : { mapTo: value.slice('map:'.length) };

/**
 * Asks, before a file is imported, what to do with each verdict it uses that
 * this browser's scale lacks, named as the file names it: add it to the
 * scale, or read it as one of the scale's verdicts. Import goes on with the
 * choices; Cancel changes nothing.
 */
export function VerdictChoiceDialog({ question, onAnswer }: Props) {
  const { foreign, scale, fileName } = question;
  const base = useId();
  const [choices, setChoices] = useState(() => proposedChoices(foreign, scale));
  const result = scaleWithAdded(scale, foreign, choices);
  const problem = result.ok ? undefined : result.message;
  return (
    <ModalDialog labelledBy={`${base}-title`} wide onCancel={() => onAnswer(null)}>
      <h2 id={`${base}-title`}>Verdicts not on your scale</h2>
      <p>
        “{fileName}” uses {foreign.length === 1 ? 'a verdict' : `${foreign.length} verdicts`} your
        scale does not have. Add each to your scale, or read it as one of your verdicts.
      </p>
      <form
        aria-label="Verdicts not on your scale"
        onSubmit={e => {
          e.preventDefault();
          if (!problem) onAnswer(choices);
        }}
      >
        {foreign.map((f, i) => (
          <Field
            key={f.id}
            id={`${base}-${i}`}
            label={`“${f.label}”`}
            hint={`Used by ${annotationsText(f.uses)} of the file.`}
          >
            <select
              value={valueOf(choices.get(f.id) ?? { add: true })}
              onChange={e =>
                setChoices(new Map(choices).set(f.id, choiceOf(e.currentTarget.value)))
              }
            >
              <option value={ADD}>Add “{f.label}” to my scale</option>
              {scale.map(v => (
                <option key={v.id} value={`map:${v.id}`}>
                  Read as my “{v.label}”
                </option>
              ))}
            </select>
          </Field>
        ))}
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="button button--primary" disabled={!!problem}>
            Import
          </button>
          <button type="button" className="button" autoFocus onClick={() => onAnswer(null)}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
