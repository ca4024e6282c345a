import type { VerdictScale } from '../../model/verdict-scale';
import { Swatch } from '../common/Swatch';
import { highlightLook } from '../../editor/highlight-look';

/** What each highlight's colour and line mean; the line style tells verdicts apart without colour. */
export function Legend({ scale, onEditScale }: { scale: VerdictScale; onEditScale: () => void }) {
  const rows = [
    ...scale.map(v => ({
      key: v.id,
      label: v.label,
      look: highlightLook({ kind: 'claim', verdict: v.id }, scale),
    })),
    {
      key: 'unrated',
      label: 'Claim, no verdict yet',
      look: highlightLook({ kind: 'claim' }, scale),
    },
    {
      key: 'correction',
      label: 'Correction (suggested text follows)',
      look: highlightLook({ kind: 'correction' }, scale),
    },
    { key: 'comment', label: 'Comment', look: highlightLook({ kind: 'comment' }, scale) },
  ];
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <ul>
        {rows.map(({ key, label, look }) => (
          <li key={key}>
            <Swatch look={look} />
            {label}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button legend-edit" onClick={onEditScale}>
        Edit the verdict scale
      </button>
    </details>
  );
}
