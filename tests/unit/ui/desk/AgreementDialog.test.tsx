// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';
import { db } from '../../../../src/store/db';
import { AgreementDialog } from '../../../../src/ui/desk/AgreementDialog';
import { annotationRecord, targetAt } from '../../../fixtures/records';
import { ADA, BEN } from '../../../fixtures/same-claim';

const AT = '2026-11-30T00:00:00.000Z';

/** Ada's and Ben's claims of one passage of `articleId`, with their verdicts. */
function pair(articleId: string, start: number, ada: string, ben: string): Annotation[] {
  return [ADA, BEN].map((who, i) =>
    annotationRecord({
      articleId,
      creator: who.name,
      creatorId: who.id,
      target: targetAt(start, 'x'.repeat(10)),
      assessments: [{ reviewer: who, verdict: i === 0 ? ada : ben, at: AT }],
    }),
  );
}

const figure = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});
afterEach(cleanup);

describe('AgreementDialog', () => {
  it('measures the article, or every article of the library pairing within each, as chosen', async () => {
    const article = pair('one', 0, 'true', 'true');
    // the same offsets in another article: a claim of its own, never paired with the first
    const elsewhere = [...pair('two', 0, 'true', 'false'), ...pair('two', 40, 'false', 'false')];
    await db.annotations.bulkPut([...article, ...elsewhere]);
    render(
      <AgreementDialog annotations={article} scale={DEFAULT_VERDICT_SCALE} onClose={vi.fn()} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Agreement on this article' });
    expect(figure('Claims')).toBe('1');
    expect(figure('Percent agreement')).toBe('100%');

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Every article in the library' }));
    await screen.findByRole('heading', { name: 'Agreement on the library' });
    await vi.waitFor(() => expect(figure('Claims')).toBe('3'));
    expect(figure('Paired claims (assessed by two reviewers or more)')).toBe('3');
    expect(figure('Percent agreement')).toBe('67%');

    fireEvent.click(within(dialog).getByRole('radio', { name: 'This article' }));
    expect(figure('Claims')).toBe('1');
  });
});
