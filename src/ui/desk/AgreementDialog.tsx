import { useId, useMemo, useState } from 'react';
import {
  agreement,
  MIN_PAIRED_FOR_ALPHA,
  type AgreementReport,
  type ReviewerPair,
} from '../../model/agreement/agreement';
import { claimUnitsByArticle } from '../../model/agreement/claim-units';
import type { Annotation } from '../../model/types';
import { findVerdict, type VerdictScale } from '../../model/verdict-scale';
import { ModalDialog } from '../common/ModalDialog';
import { useLibraryClaims } from './use-library-claims';

interface Props {
  /** The article's annotations, measured unless the library is chosen. */
  annotations: readonly Annotation[];
  scale: VerdictScale;
  onClose: () => void;
}

type Scope = 'article' | 'library';
const SCOPES: { scope: Scope; label: string; words: string }[] = [
  { scope: 'article', label: 'This article', words: 'this article' },
  { scope: 'library', label: 'Every article in the library', words: 'the library' },
];

const fixed = (x: number | undefined, digits = 3) => (x === undefined ? '—' : x.toFixed(digits));
const percent = (x: number | undefined) => (x === undefined ? '—' : `${Math.round(x * 100)}%`);
const nameOf = (r: { name: string }) => r.name || 'Unnamed reviewer';

/**
 * How far the reviewers agree on the claims of the article, or of every
 * article in the library (paired within each article), as the reviewer
 * chooses (docs/team-review.md).
 */
export function AgreementDialog({ annotations, scale, onClose }: Props) {
  const [chosen, setChosen] = useState<Scope>('article');
  const library = useLibraryClaims(chosen === 'library');
  const measured = chosen === 'library' ? library : annotations;
  const report = useMemo(
    () => measured && agreement(claimUnitsByArticle(measured), scale),
    [measured, scale],
  );
  const label = (id: string) => findVerdict(scale, id)?.label ?? id;
  const scope = SCOPES.find(s => s.scope === chosen)?.words ?? '';
  const name = useId();

  return (
    <ModalDialog labelledBy="agreement-title" wide onCancel={onClose}>
      <h2 id="agreement-title">Agreement on {scope}</h2>
      <fieldset className="agreement-scope">
        <legend>Measure over</legend>
        {SCOPES.map(s => (
          <label key={s.scope}>
            <input
              type="radio"
              name={name}
              checked={chosen === s.scope}
              onChange={() => setChosen(s.scope)}
            />{' '}
            {s.label}
          </label>
        ))}
      </fieldset>
      {report ? (
        <Figures report={report} scope={scope} label={label} />
      ) : (
        <p role="status">Reading the library…</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

interface FiguresProps {
  report: AgreementReport;
  scope: string;
  label: (id: string) => string;
}

/** The figures of an agreement report: α, percent agreement, and each pair of reviewers. */
function Figures({ report, scope, label }: FiguresProps) {
  return (
    <>
      <dl className="agreement-figures">
        <dt>Claims</dt>
        <dd>{report.claims}</dd>
        <dt>Paired claims (assessed by two reviewers or more)</dt>
        <dd>{report.paired}</dd>
        {report.enough ? (
          <>
            <dt>Krippendorff’s α, ordinal (on the scale’s order)</dt>
            <dd>{fixed(report.ordinalAlpha)}</dd>
            <dt>Krippendorff’s α, nominal (every verdict)</dt>
            <dd>{fixed(report.nominalAlpha)}</dd>
          </>
        ) : (
          <>
            <dt>Krippendorff’s α</dt>
            <dd>
              Not shown: {report.paired} paired claim{report.paired === 1 ? '' : 's'}, and α needs
              at least {MIN_PAIRED_FOR_ALPHA} to mean anything.
            </dd>
          </>
        )}
        <dt>Percent agreement</dt>
        <dd>{percent(report.percentAgreement)}</dd>
      </dl>
      {report.pairs.length === 0 && <p>Only one reviewer has worked on {scope}.</p>}
      {report.pairs.map(pair => (
        <PairTable
          key={`${pair.a.id} ${pair.b.id}`}
          pair={pair}
          verdicts={report.verdicts}
          label={label}
        />
      ))}
    </>
  );
}

interface PairProps {
  pair: ReviewerPair;
  verdicts: readonly string[];
  label: (id: string) => string;
}

/** Two reviewers: whether they flagged the same claims, and their verdicts against each other. */
function PairTable({ pair, verdicts, label }: PairProps) {
  const a = nameOf(pair.a);
  const b = nameOf(pair.b);
  // only the verdicts either used: a full 7×7 grid of zeros hides what matters
  const used = verdicts.filter(
    (_, i) => pair.counts[i]?.some(n => n > 0) || pair.counts.some(row => (row[i] ?? 0) > 0),
  );
  const index = (v: string) => verdicts.indexOf(v);
  return (
    <section className="agreement-pair" aria-label={`${a} and ${b}`}>
      <h3>
        {a} and {b}
      </h3>
      <p>
        Flagged the same claims: F1 {fixed(pair.f1, 2)} ({pair.bothFlagged} flagged by both; {a}{' '}
        {pair.flaggedA}, {b} {pair.flaggedB}). Claims both assessed: {pair.paired}.
      </p>
      {pair.paired > 0 && (
        <table className="agreement-matrix">
          <caption>
            Verdicts of {a} (rows) against {b} (columns)
          </caption>
          <thead>
            <tr>
              <td />
              {used.map(v => (
                <th key={v} scope="col">
                  {label(v)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {used.map(row => (
              <tr key={row}>
                <th scope="row">{label(row)}</th>
                {used.map(col => (
                  <td key={col}>{pair.counts[index(row)]?.[index(col)] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
