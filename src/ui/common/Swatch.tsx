import { colorStyle } from './annotation-labels';

/** A sample of how a highlight looks (colour and line style), for the legend and the sidebar. */
export function Swatch({ look }: { look: { className: string; color?: string } }) {
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
