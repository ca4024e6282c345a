import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { scaleContrastProblems, type ContrastProblem } from '../../model/contrast';
import {
  DEFAULT_VERDICT_SCALE,
  MAX_VERDICTS,
  RATING_RANGE,
  VERDICT_CUES,
  freeCues,
  newVerdictId,
  validateScale,
  type ScaleProblem,
  type Verdict,
  type VerdictScale,
} from '../../model/verdict-scale';
import { countVerdictUse, inUseMessage, saveVerdictScale } from '../../store/verdict-scale-store';
import { DialogActions, ModalDialog } from '../common/ModalDialog';
import { Swatch } from '../common/Swatch';
import './scale-settings.css';
import { ProblemText } from '../common/ProblemText';
import { after, problemOf, type Problem } from '../common/problem';
import { writeFailure } from '../common/storage-errors';

interface Props {
  scale: VerdictScale;
  onClose: () => void;
  /** After the scale is stored (the live setting updates the app by itself). */
  onSaved?: (scale: VerdictScale) => void;
}

/** A verdict being edited; a new one gets its id from its label when saved. */
interface Row {
  key: string;
  verdict: Verdict;
  isNew: boolean;
}

// text on the tint and the line are both read for hours: either shortfall refuses a save
const blocks = (p: ContrastProblem) => p.kind === 'text' || p.kind === 'highlight';

const RATINGS = Array.from({ length: RATING_RANGE.best }, (_, i) => RATING_RANGE.best - i);
const rowsOf = (scale: VerdictScale): Row[] =>
  scale.map(v => ({ key: v.id, verdict: v, isNew: false }));
const nameOf = (row: Row, index: number) =>
  row.verdict.label.trim() ? `“${row.verdict.label.trim()}”` : `verdict ${index + 1}`;

/** Edits the verdict scale: labels, colours, order, ClaimReview ratings, what counts as checked. */
export function ScaleSettings({ scale, onClose, onSaved }: Props) {
  const base = useId();
  const [rows, setRows] = useState(() => rowsOf(scale));
  const [tried, setTried] = useState(false);
  const [notice, setNotice] = useState<Problem | null>(null);
  // a refusal to remove a verdict, shown in its row, beside the button that was pressed
  const [refused, setRefused] = useState<{ key: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const added = useRef(0);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const idOf = (key: string, part: string) => `${base}-${key}-${part}`;
  const draft = toScale(rows);
  const problems = validateScale(draft);
  const contrast = scaleContrastProblems(draft);

  const update = (key: string, patch: Partial<Verdict>) =>
    setRows(rs => rs.map(r => (r.key === key ? { ...r, verdict: { ...r.verdict, ...patch } } : r)));
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const key = rows[index]?.key ?? '';
    // the button pressed may be disabled at its new place; then its twin keeps the focus
    const edge = to === 0 ? 'down' : to === rows.length - 1 ? 'up' : by < 0 ? 'up' : 'down';
    focusNext.current = idOf(key, edge);
    setRows(rs => {
      const next = [...rs];
      const [row] = next.splice(index, 1);
      if (row) next.splice(to, 0, row);
      return next;
    });
  };
  const add = () => {
    const key = `new-${++added.current}`;
    const color = DEFAULT_VERDICT_SCALE[rows.length % DEFAULT_VERDICT_SCALE.length]?.color;
    // a line style no other verdict has: the new verdict never looks like an existing one
    const cue = freeCues(rows.map(r => r.verdict))[0];
    const verdict = { id: key, label: '', color: color ?? '#6b6480', countsAsChecked: true, cue };
    focusNext.current = idOf(key, 'label');
    setRows(rs => [...rs, { key, verdict, isNew: true }]);
  };
  const remove = async (index: number) => {
    const row = rows[index];
    if (!row) return;
    // removing a verdict in use would leave its claims without one; relabel it instead
    const uses = row.isNew ? 0 : await countVerdictUse(row.verdict.id);
    if (uses > 0)
      return setRefused({ key: row.key, message: inUseMessage(row.verdict.label, uses) });
    setRefused(null);
    const after = rows.filter(r => r !== row);
    const near = after[Math.min(index, after.length - 1)];
    focusNext.current = near ? idOf(near.key, 'label') : `${base}-add`;
    setRows(rs => rs.filter(r => r.key !== row.key));
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const first: ScaleProblem | ContrastProblem | undefined = problems[0] ?? contrast.find(blocks);
    if (first) {
      setTried(true);
      setNotice({ message: `Not saved: ${first.message}` });
      const row = first.index === undefined ? undefined : rows[first.index];
      const part = 'kind' in first ? 'hex' : fieldPart(first.field);
      const target = row ? idOf(row.key, part) : `${base}-notice`;
      // the notice may not be shown yet: then it takes the focus once rendered
      const shown = document.getElementById(target);
      if (shown) shown.focus();
      else focusNext.current = target;
      return;
    }
    setBusy(true);
    try {
      const saved = await saveVerdictScale(draft);
      onSaved?.(saved);
      onClose();
    } catch (error) {
      // the store's refusals are sentences for people; anything else is a failed write
      setNotice(after('Not saved:', problemOf(error, writeFailure(error))));
      setBusy(false);
    }
  };

  return (
    <ModalDialog wide labelledBy={`${base}-title`} describedBy={`${base}-intro`} onCancel={onClose}>
      <form onSubmit={save} noValidate className="scale-settings">
        <h2 id={`${base}-title`}>Verdict scale</h2>
        <p id={`${base}-intro`} className="field-hint">
          Each verdict has its own line style, so verdicts differ without colour; it stays with the
          verdict when the order changes. Colours are checked against the page: 3:1 for a highlight,
          4.5:1 for text.
        </p>
        <ol className="scale-rows">
          {rows.map((row, i) => {
            const { key, verdict: v } = row;
            const name = nameOf(row, i);
            const mine = tried ? problems.filter(p => p.index === i) : [];
            const bad = (field: ScaleProblem['field']) => mine.some(p => p.field === field);
            const faint = contrast.filter(p => p.index === i);
            const messages = `${base}-${key}-messages`;
            const refusal = refused?.key === key ? `${base}-${key}-refused` : undefined;
            const free = freeCues(rows.map(r => r.verdict));
            const cues = v.cue === undefined ? free : [v.cue, ...free].sort((a, b) => a - b);
            return (
              <li key={key} className="scale-row">
                <Swatch
                  look={{ className: `fm-kind-claim fm-cue-${v.cue ?? i}`, color: v.color }}
                />
                <label className="scale-field scale-field--label">
                  Label
                  <input
                    id={idOf(key, 'label')}
                    value={v.label}
                    maxLength={80}
                    aria-label={`Label of verdict ${i + 1}`}
                    aria-invalid={bad('label') || bad('id') || undefined}
                    onChange={e => update(key, { label: e.target.value })}
                  />
                </label>
                <label className="scale-field scale-field--color">
                  Colour
                  <span className="scale-color">
                    <input
                      type="color"
                      value={/^#[0-9a-f]{6}$/i.test(v.color) ? v.color : '#000000'}
                      aria-label={`Colour of verdict ${i + 1}`}
                      aria-describedby={faint.length ? messages : undefined}
                      onChange={e => update(key, { color: e.target.value })}
                    />
                    <input
                      id={idOf(key, 'hex')}
                      className="scale-hex"
                      value={v.color}
                      spellCheck={false}
                      aria-label={`Colour of verdict ${i + 1}, as hex`}
                      aria-invalid={bad('color') || faint.some(blocks) || undefined}
                      aria-describedby={faint.length ? messages : undefined}
                      onChange={e => update(key, { color: e.target.value.trim() })}
                    />
                  </span>
                </label>
                <label className="scale-field">
                  Rating
                  <select
                    id={idOf(key, 'rating')}
                    value={v.ratingValue ?? ''}
                    aria-label={`ClaimReview rating of verdict ${i + 1}`}
                    aria-invalid={bad('ratingValue') || undefined}
                    onChange={e =>
                      update(key, {
                        ratingValue: e.target.value ? Number(e.target.value) : undefined,
                      })
                    }
                  >
                    <option value="">none</option>
                    {RATINGS.map(r => (
                      <option key={r} value={r}>
                        {r === RATING_RANGE.best
                          ? `${r} (best)`
                          : r === RATING_RANGE.worst
                            ? `${r} (worst)`
                            : r}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="scale-check">
                  <input
                    id={idOf(key, 'checked')}
                    type="checkbox"
                    checked={v.countsAsChecked}
                    aria-label={`${name} counts as a verdict`}
                    onChange={e => update(key, { countsAsChecked: e.target.checked })}
                  />
                  Counts as a verdict
                </label>
                <label className="scale-field scale-field--cue">
                  Line
                  <select
                    id={idOf(key, 'cue')}
                    value={v.cue ?? ''}
                    aria-label={`Line style of verdict ${i + 1}`}
                    aria-invalid={bad('cue') || undefined}
                    onChange={e => update(key, { cue: Number(e.target.value) })}
                  >
                    {cues.map(c => (
                      <option key={c} value={c}>
                        {VERDICT_CUES[c]}
                      </option>
                    ))}
                  </select>
                </label>
                <span className="scale-buttons">
                  <button
                    id={idOf(key, 'up')}
                    type="button"
                    className="button button--small"
                    disabled={i === 0}
                    aria-label={`Move ${name} up`}
                    onClick={() => move(i, -1)}
                  >
                    Up
                  </button>
                  <button
                    id={idOf(key, 'down')}
                    type="button"
                    className="button button--small"
                    disabled={i === rows.length - 1}
                    aria-label={`Move ${name} down`}
                    onClick={() => move(i, 1)}
                  >
                    Down
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={`Remove ${name}`}
                    aria-describedby={refusal}
                    onClick={() => void remove(i)}
                  >
                    Remove
                  </button>
                </span>
                <div id={messages} className="scale-messages">
                  {[...faint, ...mine].map(p => (
                    <p key={p.message} className={isError(p) ? 'field-error' : 'scale-warning'}>
                      {p.message}
                    </p>
                  ))}
                  {refusal && (
                    <p id={refusal} className="field-error" role="alert">
                      {refused?.message}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        <div className="scale-tools">
          <button
            id={`${base}-add`}
            type="button"
            className="button"
            disabled={rows.length >= MAX_VERDICTS}
            onClick={add}
          >
            Add verdict
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setRows(rowsOf(DEFAULT_VERDICT_SCALE));
              setNotice(null);
              setRefused(null);
            }}
          >
            Reset to default
          </button>
        </div>
        {notice && <ProblemText problem={notice} id={`${base}-notice`} focusable />}
        <DialogActions submit="Save" disabled={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}

function toScale(rows: readonly Row[]): VerdictScale {
  const taken = rows.filter(r => !r.isNew).map(r => r.verdict.id);
  return rows.map(({ verdict, isNew }) => {
    const label = verdict.label.trim();
    if (!isNew) return { ...verdict, label };
    const id = newVerdictId(label, taken);
    taken.push(id);
    return { ...verdict, id, label };
  });
}

function fieldPart(field: ScaleProblem['field']): string {
  if (field === 'color') return 'hex';
  if (field === 'ratingValue') return 'rating';
  if (field === 'countsAsChecked') return 'checked';
  if (field === 'cue') return 'cue';
  return 'label';
}

const isError = (p: ScaleProblem | ContrastProblem) => !('kind' in p) || blocks(p);
