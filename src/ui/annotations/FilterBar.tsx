import { useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  EMPTY_FILTER,
  NO_VERDICT,
  filterChoices,
  isFilterActive,
  type AnnotationFilter,
} from '../../model/annotation-filter';
import { ANNOTATION_KINDS, ANNOTATION_STATUSES, type Annotation } from '../../model/types';
import type { VerdictScale } from '../../model/verdict-scale';
import { KIND_LABELS, STATUS_LABELS } from '../../model/labels';
import { highlightLook } from '../../editor/highlight-look';
import { Swatch } from '../common/Swatch';
import './filter-bar.css';

interface Props {
  filter: AnnotationFilter;
  onChange: (filter: AnnotationFilter) => void;
  scale: VerdictScale;
  /** The article's annotations, whose tags and reviewers the open panel offers. */
  annotations: readonly Annotation[];
  /** How many annotations pass the filter, of how many. */
  shown: number;
  total: number;
  /** Given the search field, for the `/` key. */
  searchRef?: RefObject<HTMLInputElement | null>;
}

/** The list with `value` added, or taken out if it was there. */
const toggled = <T,>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter(x => x !== value) : [...list, value];

/** The choices, with any selected value no annotation has any more (so it can be unticked). */
const withSelected = (choices: readonly string[], selected: readonly string[]) => [
  ...choices,
  ...selected.filter(s => !choices.includes(s)),
];

/** The sidebar's search field and filters. Every change goes to `onChange` at once. */
export function FilterBar({
  filter,
  onChange,
  scale,
  annotations,
  shown,
  total,
  searchRef,
}: Props) {
  const [open, setOpen] = useState(false);
  // gathered only while the panel is open: with ten thousand annotations, 3 ms a save
  const choices = useMemo(
    () => (open ? filterChoices(annotations) : { tags: [], reviewers: [] }),
    [open, annotations],
  );
  const ownSearch = useRef<HTMLInputElement>(null);
  const search = searchRef ?? ownSearch;
  const panelId = useId();
  const active = isFilterActive(filter);
  const criteria = countCriteria(filter);
  const set = (patch: Partial<AnnotationFilter>) => onChange({ ...filter, ...patch });

  const verdicts = [
    ...scale.map(v => ({
      id: v.id,
      label: v.label,
      look: highlightLook({ kind: 'claim', verdict: v.id }, scale),
    })),
    { id: NO_VERDICT, label: 'No verdict yet', look: highlightLook({ kind: 'claim' }, scale) },
    // a stored id the scale no longer has
    ...filter.verdicts
      .filter(id => id !== NO_VERDICT && !scale.some(v => v.id === id))
      .map(id => ({ id, label: id, look: highlightLook({ kind: 'claim' }, scale) })),
  ];
  const tags = withSelected(choices.tags, filter.tags);
  const reviewers = withSelected(choices.reviewers, filter.reviewers);

  return (
    <div className="filter-bar">
      <div className="filter-row">
        <label className="visually-hidden" htmlFor="annotation-search">
          Search annotations
        </label>
        <input
          ref={search}
          id="annotation-search"
          type="search"
          className="filter-search"
          placeholder="Search quotes, notes, sources"
          autoComplete="off"
          spellCheck={false}
          value={filter.query}
          onChange={e => set({ query: e.target.value })}
        />
        <button
          type="button"
          className="button filter-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={criteria > 0 ? `Filters, ${criteria} active` : undefined}
          onClick={() => setOpen(o => !o)}
        >
          Filters
          {criteria > 0 && <span className="count">{criteria}</span>}
        </button>
      </div>

      <div id={panelId} className="filter-panel" hidden={!open}>
        <Group legend="Kind">
          {ANNOTATION_KINDS.map(k => (
            <Check
              key={k}
              label={KIND_LABELS[k]}
              checked={filter.kinds.includes(k)}
              onToggle={() => set({ kinds: toggled(filter.kinds, k) })}
            />
          ))}
        </Group>
        <Group legend="Verdict">
          {verdicts.map(v => (
            <Check
              key={v.id}
              label={v.label}
              swatch={<Swatch look={v.look} />}
              checked={filter.verdicts.includes(v.id)}
              onToggle={() => set({ verdicts: toggled(filter.verdicts, v.id) })}
            />
          ))}
        </Group>
        <Group legend="Status">
          {ANNOTATION_STATUSES.map(s => (
            <Check
              key={s}
              label={STATUS_LABELS[s]}
              checked={filter.statuses.includes(s)}
              onToggle={() => set({ statuses: toggled(filter.statuses, s) })}
            />
          ))}
        </Group>
        <Group legend="Sources">
          <Check
            label="No sources yet"
            checked={filter.noSources}
            onToggle={() => set({ noSources: !filter.noSources })}
          />
        </Group>
        <Group legend="Anchoring">
          <Check
            label="Needs re-anchoring"
            checked={filter.needsReanchoring}
            onToggle={() => set({ needsReanchoring: !filter.needsReanchoring })}
          />
        </Group>
        {tags.length > 0 && (
          <Group legend="Tag" long>
            {tags.map(t => (
              <Check
                key={t}
                label={t}
                checked={filter.tags.includes(t)}
                onToggle={() => set({ tags: toggled(filter.tags, t) })}
              />
            ))}
          </Group>
        )}
        {reviewers.length > 0 && (
          <Group legend="Reviewer" long>
            {reviewers.map(r => (
              <Check
                key={r}
                label={r || 'No name given'}
                checked={filter.reviewers.includes(r)}
                onToggle={() => set({ reviewers: toggled(filter.reviewers, r) })}
              />
            ))}
          </Group>
        )}
      </div>

      {active && (
        <div className="filter-row filter-result">
          <p>
            Showing {shown} of {total}
          </p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              onChange(EMPTY_FILTER);
              // the button goes away with the filter: keep the keyboard in the bar
              search.current?.focus();
            }}
          >
            Clear filters
          </button>
        </div>
      )}
    </div>
  );
}

/** How many criteria besides the search words are set, for the Filters button. */
function countCriteria(f: AnnotationFilter): number {
  return (
    f.kinds.length +
    f.verdicts.length +
    f.statuses.length +
    Number(f.noSources) +
    Number(f.needsReanchoring) +
    f.tags.length +
    f.reviewers.length
  );
}

function Group({
  legend,
  long = false,
  children,
}: {
  legend: string;
  /** Tags and reviewers may be many: the group scrolls. */
  long?: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <div className={long ? 'filter-options filter-options--long' : 'filter-options'}>
        {children}
      </div>
    </fieldset>
  );
}

function Check({
  label,
  checked,
  onToggle,
  swatch,
}: {
  label: string;
  checked: boolean;
  onToggle: () => void;
  swatch?: ReactNode;
}) {
  return (
    <label className="filter-option">
      <input type="checkbox" checked={checked} onChange={onToggle} />
      {swatch}
      <span>{label}</span>
    </label>
  );
}
