import type { HighlightLook } from '../../editor/highlight-look';
import { colorStyle } from './color-style';

/** A sample of how a highlight looks (colour and line style), for the legend and the sidebar. */
export function Swatch({ look }: { look: HighlightLook }) {
  return (
    <span
      className={`swatch fm-hl ${look.className}`}
      style={colorStyle(look.color)}
      aria-hidden="true"
    >
      Ab
    </span>
  );
}
