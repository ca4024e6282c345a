// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { textOffset } from '../../../../src/model/offsets';
import type { Annotation, Article } from '../../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';
import { PrintReport } from '../../../../src/ui/transfer/PrintReport';
import { annotationRecord, targetAt } from '../../../fixtures/records';

afterEach(cleanup);

const T = '2026-11-20T09:00:00.000Z';

function hostile(): { article: Article; annotations: Annotation[] } {
  const article = {
    id: 'art',
    title: '<script>alert(1)</script>',
    sourceUrl: 'javascript:alert(1)',
  } as Article;
  const claim = annotationRecord({
    id: 'a',
    verdict: 'false',
    target: targetAt(0, '"><img src=x onerror=alert(1)>', 1),
    note: 'note <b>x</b>',
    sources: [
      { url: 'data:text/html,<script>alert(1)</script>', title: 'data', stance: 'refutes' },
      { url: 'https://example.org/', title: 'fine', stance: 'supports' },
    ],
    creator: 'Mika',
    createdAt: T,
    updatedAt: T,
  });
  const lost: Annotation = {
    ...claim,
    id: 'b',
    verdict: undefined,
    anchoring: { method: 'orphan' },
  };
  return { article, annotations: [claim, lost] };
}

describe('PrintReport', () => {
  it('renders the entries in reading order, orphans last, under the given reviewer', () => {
    const { article, annotations } = hostile();
    const [claim] = annotations as [Annotation];
    const comment: Annotation = {
      ...claim,
      id: 'c',
      kind: 'comment',
      verdict: undefined,
      target: { ...claim.target, start: textOffset(5), end: textOffset(6) },
    };
    const { container } = render(
      <PrintReport
        article={article}
        annotations={[comment, ...annotations]}
        scale={DEFAULT_VERDICT_SCALE}
        reviewer="Desk"
      />,
    );
    expect(container.textContent).toContain('Fact-check by Desk');
    expect(container.textContent).toContain(
      '3 annotations: 0 checked, 3 open, 1 not found in this version of the text; 1 claim with a verdict.',
    );
    expect(Array.from(container.querySelectorAll('h3'), h => h.textContent)).toEqual([
      '1. Claim · False (rating 1)',
      '2. Comment',
      '3. Claim',
    ]);
  });

  it('shows hostile text as text and links only to http(s)', () => {
    const { article, annotations } = hostile();
    const { container } = render(
      <PrintReport article={article} annotations={annotations} scale={DEFAULT_VERDICT_SCALE} />,
    );
    expect(container.querySelectorAll('script, img')).toHaveLength(0);
    expect(container.querySelector('h1')?.textContent).toBe('<script>alert(1)</script>');
    expect(container.textContent).toContain('"><img src=x onerror=alert(1)>');
    expect(Array.from(container.querySelectorAll('a'), a => a.getAttribute('href'))).toEqual([
      'https://example.org/',
      'https://example.org/',
    ]);
    expect(container.textContent).toContain('Not found in this version of the text');
    const markers = Array.from(container.querySelectorAll<HTMLElement>('.print-marker'));
    expect(markers.some(m => m.style.background !== '')).toBe(true);
  });
});
