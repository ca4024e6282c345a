import type { SourceFields } from '../../model/annotation-fields';
import { SOURCE_STANCES } from '../../model/types';
import { STANCE_LABELS } from '../../model/labels';
import { Field } from '../common/Field';

interface Props {
  index: number;
  source: SourceFields;
  errors: Record<string, string>;
  onChange: (source: SourceFields) => void;
  onRemove: () => void;
  onUrlBlur: () => void;
}

/** One source of an annotation: where it is, what it says, and whether it backs the claim. */
export function SourceFieldset({ index, source, errors, onChange, onRemove, onUrlBlur }: Props) {
  const id = (name: string) => `source-${index}-${name}`;
  const error = (name: string) => errors[`sources.${index}.${name}`];
  const set = (patch: Partial<SourceFields>) => onChange({ ...source, ...patch });
  return (
    <fieldset className="source">
      <legend>Source {index + 1}</legend>
      <Field id={id('url')} label="Source URL" error={error('url')}>
        <input
          type="url"
          inputMode="url"
          placeholder="https://"
          value={source.url}
          onChange={e => set({ url: e.target.value })}
          onBlur={onUrlBlur}
        />
      </Field>
      <Field id={id('archived')} label="Archived copy" error={error('archivedUrl')}>
        <input
          type="url"
          inputMode="url"
          placeholder="https://web.archive.org/…"
          value={source.archivedUrl}
          onChange={e => set({ archivedUrl: e.target.value })}
        />
      </Field>
      <Field id={id('title')} label="Source title" error={error('title')}>
        <input value={source.title} onChange={e => set({ title: e.target.value })} />
      </Field>
      <div className="field-row">
        <Field id={id('publisher')} label="Publisher" error={error('publisher')}>
          <input value={source.publisher} onChange={e => set({ publisher: e.target.value })} />
        </Field>
        <Field id={id('accessed')} label="Accessed" error={error('accessedAt')}>
          <input
            type="date"
            value={source.accessedAt}
            onChange={e => set({ accessedAt: e.target.value })}
          />
        </Field>
      </div>
      <Field id={id('quote')} label="Quoted passage" error={error('quote')}>
        <textarea rows={2} value={source.quote} onChange={e => set({ quote: e.target.value })} />
      </Field>
      <div className="field-row field-row--end">
        <Field id={id('stance')} label="Stance">
          <select
            value={source.stance}
            onChange={e => set({ stance: e.target.value as SourceFields['stance'] })}
          >
            {SOURCE_STANCES.map(s => (
              <option key={s} value={s}>
                {STANCE_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" className="button button--quiet" onClick={onRemove}>
          Remove source {index + 1}
        </button>
      </div>
    </fieldset>
  );
}
