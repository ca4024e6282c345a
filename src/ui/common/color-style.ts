import type { CSSProperties } from 'react';

/** The inline style that gives a highlight or swatch its verdict colour. */
export function colorStyle(color: string | undefined): CSSProperties | undefined {
  return color ? ({ '--fm-c': color } as CSSProperties) : undefined;
}
