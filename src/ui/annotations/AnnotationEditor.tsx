import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  emptySource,
  type AnnotationFields,
  type FieldErrors,
} from '../../model/annotation-fields';
import {
  ANNOTATION_KINDS,
  ANNOTATION_STATUSES,
  type Annotation,
  type Target,
} from '../../model/types';
import { originWords, type AnnotationOrigin } from '../../model/origin';
import { passageProblem } from '../../model/record-limits';
import { isHttpUrl } from '../../model/urls';
import type { VerdictScale } from '../../model/verdict-scale';
import { KIND_LABELS, STATUS_LABELS } from '../../model/labels';
import { sameJson } from '../../model/same-json';
import { shorten } from '../../model/white-space';
import { Field } from '../common/Field';
import { SourceFieldset } from './SourceFieldset';
import { after, type Problem } from '../common/problem';
import { ProblemText } from '../common/ProblemText';
import { writeProblem } from '../common/storage-errors';
import { AnnotationHistory } from './AnnotationHistory';
import { Announcer } from '../common/Announcer';
import { isTypingTarget } from '../common/typing-target';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { showDateTime } from '../common/dates';

interface Props {
  /** The annotation being edited, or undefined for a new one. */
  annotation: Annotation | undefined;
  target: Target;
  /** Where the annotation came from (an accepted suggestion): shown apart from the note. */
  origin?: AnnotationOrigin | undefined;
  initial: AnnotationFields;
  /** What the form showed when first opened; `initial` unless restored from a draft. */
  opened?: AnnotationFields;
  /** The fields come from a draft kept through a reload: said so at the top. */
  restored?: boolean;
  /** Keeps the fields as typed, a moment after the last change; `changed` against `opened`. */
  onDraft?: (fields: AnnotationFields, opened: AnnotationFields, changed: boolean) => void;
  /** Whether the fields differ from `opened`, told at once whenever that changes. */
  onChanged?: (changed: boolean) => void;
  scale: VerdictScale;
  /**
   * Validates and saves (the store's `saveAnnotation`): the errors of fields it refused, else
   * `ok`; rejects when the write failed. `opened` is what the form showed when it opened, for
   * merging with a save from another tab.
   */
  onSave: (
    fields: AnnotationFields,
    opened: AnnotationFields,
  ) => Promise<{ ok: true } | { ok: false; errors: FieldErrors }>;
  /** Closes the form, its changes thrown away: called once the reviewer agreed, if it had any. */
  onCancel: () => void;
  onDelete: () => void;
}

/** How long after the last change the draft is kept: a burst of typing is one write. */
const DRAFT_PAUSE_MS = 250;

/**
 * The form that creates or edits one annotation. Saving writes at once;
 * Escape or Cancel closes it, after asking if that would throw changes away.
 * The fields are kept as a draft as they are typed.
 */
export function AnnotationEditor({
  annotation,
  target,
  origin,
  initial,
  opened: openedWith,
  restored = false,
  onDraft,
  onChanged,
  scale,
  onSave,
  onCancel,
  onDelete,
}: Props) {
  const [opened] = useState(openedWith ?? initial);
  const [fields, setFields] = useState(initial);
  const [asking, setAsking] = useState(false);
  const changed = !sameJson(fields, opened);
  const draft = useRef(onDraft);
  const told = useRef(onChanged);
  useEffect(() => {
    draft.current = onDraft;
    told.current = onChanged;
  });
  useEffect(() => told.current?.(changed), [changed]);
  useEffect(() => {
    const timer = setTimeout(() => draft.current?.(fields, opened, changed), DRAFT_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [fields, opened, changed]);
  const cancel = () => (changed ? setAsking(true) : onCancel());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failed, setFailed] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const [announced, setAnnounced] = useState<{ text: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<AnnotationFields>) => setFields(f => ({ ...f, ...patch }));

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input:checked, select, input, textarea')?.focus();
  }, []);

  const sourceCount = fields.sources.length;
  const shownSources = useRef(sourceCount);
  useEffect(() => {
    // a source just added: start typing its URL
    if (sourceCount > shownSources.current) {
      form.current?.querySelector<HTMLElement>(`#source-${sourceCount - 1}-url`)?.focus();
    }
    shownSources.current = sourceCount;
  }, [sourceCount]);

  useEffect(() => {
    // after a failed save, take the reviewer to the first field that needs them
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const checkUrl = (i: number) => {
    const url = fields.sources[i]?.url.trim() ?? '';
    const key = `sources.${i}.url`;
    setErrors(({ [key]: _old, ...rest }) =>
      url && !isHttpUrl(url)
        ? { ...rest, [key]: 'Only http:// and https:// links can be sources.' }
        : rest,
    );
  };

  // a new annotation's passage is known at once: too long, and nothing typed could be saved
  const passage = annotation ? undefined : passageProblem(target.exact);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (passage) return;
    setSaving(true);
    try {
      const saved = await onSave(fields, opened);
      if (saved.ok) return;
      // refused: the fields stay as typed, the errors beside them
      setErrors(saved.errors);
      setSaving(false);
    } catch (err) {
      // the fields stay as typed: nothing the reviewer wrote is lost
      setErrors({});
      setFailed(after('Nothing was saved.', writeProblem(err)));
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.current?.requestSubmit();
    } else if (/^[1-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // a number sets the verdict, except where it is being typed
      const verdict = scale[Number(e.key) - 1];
      const onVerdictList = e.target instanceof HTMLElement && e.target.id === 'verdict';
      if (!verdict || fields.kind !== 'claim' || (isTypingTarget(e.target) && !onVerdictList))
        return;
      e.preventDefault();
      set({ verdict: verdict.id });
      setAnnounced({ text: `Verdict: ${verdict.label}` });
    }
  };

  const heading = annotation ? 'Edit annotation' : 'New annotation';
  return (
    <>
      <form
        ref={form}
        className="annotation-editor"
        aria-label={heading}
        onSubmit={submit}
        onKeyDown={onKeyDown}
        noValidate
      >
        <h2>{heading}</h2>
        {restored && (
          <p className="editor-restored" role="status">
            Your unsaved draft, as you left it. Save it, or Cancel to throw it away.
          </p>
        )}
        <blockquote className="editor-quote">{shorten(target.exact, 280)}</blockquote>
        {origin && <p className="editor-origin">{originWords(origin)}</p>}
        {passage && (
          <p className="field-error" role="alert">
            {passage}
          </p>
        )}
        {annotation && (
          <p className="editor-meta">
            By {annotation.creator} · created {showDateTime(annotation.createdAt)}
            {annotation.updatedAt !== annotation.createdAt &&
              ` · updated ${showDateTime(annotation.updatedAt) ?? ''}`}
          </p>
        )}
        {annotation && <AnnotationHistory history={annotation.history} scale={scale} />}

        <fieldset className="segmented">
          <legend>Kind</legend>
          {ANNOTATION_KINDS.map(kind => (
            <label key={kind}>
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={fields.kind === kind}
                onChange={() => set({ kind })}
              />
              {KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>

        {fields.kind === 'claim' && (
          <Field
            id="verdict"
            label="Verdict"
            hint={`Keys 1–${Math.min(scale.length, 9)} set it, outside text fields.`}
            error={errors.verdict}
          >
            <select value={fields.verdict} onChange={e => set({ verdict: e.target.value })}>
              <option value="">No verdict yet</option>
              {scale.map(v => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </Field>
        )}
        {fields.kind === 'correction' && (
          <Field
            id="correction"
            label="Correction"
            hint="What the text should read."
            error={errors.correction}
          >
            <input value={fields.correction} onChange={e => set({ correction: e.target.value })} />
          </Field>
        )}

        <Field id="note" label="Note" error={errors.note}>
          <textarea rows={4} value={fields.note} onChange={e => set({ note: e.target.value })} />
        </Field>
        <Field id="tags" label="Tags" hint="Separate tags with commas." error={errors.tags}>
          <input value={fields.tags} onChange={e => set({ tags: e.target.value })} />
        </Field>

        <fieldset className="segmented">
          <legend>Status</legend>
          {ANNOTATION_STATUSES.map(status => (
            <label key={status}>
              <input
                type="radio"
                name="status"
                value={status}
                checked={fields.status === status}
                onChange={() => set({ status })}
              />
              {STATUS_LABELS[status]}
            </label>
          ))}
        </fieldset>

        <section className="sources" aria-label="Sources">
          <h3>Sources</h3>
          {fields.sources.length === 0 && <p className="muted">No sources yet.</p>}
          {errors.sources && (
            <p className="field-error" role="alert">
              {errors.sources}
            </p>
          )}
          {fields.sources.map((source, i) => (
            <SourceFieldset
              key={i}
              index={i}
              source={source}
              errors={errors}
              onChange={s => set({ sources: fields.sources.map((old, j) => (j === i ? s : old)) })}
              onRemove={() => set({ sources: fields.sources.filter((_, j) => j !== i) })}
              onUrlBlur={() => checkUrl(i)}
            />
          ))}
          <button
            type="button"
            className="button"
            onClick={() => set({ sources: [...fields.sources, emptySource()] })}
          >
            Add source
          </button>
        </section>

        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        {failed && <ProblemText problem={failed} />}
        <div className="editor-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={saving || passage !== undefined}
            title="Save (Ctrl+Enter)"
          >
            Save
          </button>
          <button type="button" className="button" onClick={cancel} title="Cancel (Escape)">
            Cancel
          </button>
          {annotation && (
            <button type="button" className="button button--danger" onClick={onDelete}>
              Delete
            </button>
          )}
        </div>
        <Announcer message={announced} />
      </form>
      {asking && (
        <ConfirmDialog
          title="Discard your changes?"
          message="What you typed in this annotation is not saved."
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          onConfirm={onCancel}
          onCancel={() => {
            setAsking(false);
            requestAnimationFrame(() =>
              form.current?.querySelector<HTMLElement>('textarea, input, select')?.focus(),
            );
          }}
        />
      )}
    </>
  );
}
