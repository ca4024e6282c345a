// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldsOf, type AnnotationFields } from '../../../../src/model/annotation-fields';
import { textOffset } from '../../../../src/model/offsets';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';
import { db } from '../../../../src/store/db';
import { AnnotationEditor } from '../../../../src/ui/annotations/AnnotationEditor';
import { importAnnotatedFile } from '../../../../src/ui/transfer/import-file';
import { isQuotaError } from '../../../../src/ui/common/storage-errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** Chromium reports a full disk during a transaction as an AbortError whose `inner` is the quota error. */
const abortedByQuota = () =>
  Object.assign(new DOMException('Transaction aborted', 'AbortError'), { inner: quota() });

afterEach(cleanup);

describe('isQuotaError', () => {
  it('knows storage-full errors, bare or wrapped, and nothing else', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(abortedByQuota())).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('saving an annotation when storage is full', () => {
  it.each([
    ['QuotaExceededError', quota],
    ['AbortError with inner QuotaExceededError', abortedByQuota],
  ])(
    '%s: says nothing was saved, keeps what was typed, and saves once space is freed',
    async (_name, error) => {
      const onSave = vi
        .fn<(fields: AnnotationFields, opened: AnnotationFields) => Promise<{ ok: true }>>()
        .mockRejectedValueOnce(error())
        .mockResolvedValueOnce({ ok: true });
      render(
        <AnnotationEditor
          annotation={undefined}
          target={{
            start: textOffset(0),
            end: textOffset(5),
            exact: 'Claim',
            prefix: '',
            suffix: '',
          }}
          initial={fieldsOf()}
          scale={DEFAULT_VERDICT_SCALE}
          onSave={onSave}
          onCancel={vi.fn()}
          onDelete={vi.fn()}
        />,
      );
      fireEvent.change(screen.getByLabelText('Note'), {
        target: { value: 'Two hours of research' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(
        /^Nothing was saved\. This browser’s storage for Factmark is full\./,
      );
      expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe(
        'Two hours of research',
      );

      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
      expect(onSave.mock.lastCall?.[0]).toMatchObject({ note: 'Two hours of research' });
    },
  );
});

describe('importing when storage is full', () => {
  it('says nothing from the file was saved and changes nothing', async () => {
    await Promise.all(db.tables.map(t => t.clear()));
    db.use({
      stack: 'dbcore',
      name: 'storage-full',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name: string): DBCoreTable => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req: DBCoreMutateRequest) =>
              name === 'annotations' ? Promise.reject(quota()) : table.mutate(req),
          };
        },
      }),
    });
    db.close();
    await db.open();
    try {
      // a path, not a URL: happy-dom's URL class is not the one Node's fs accepts
      const json = readFileSync(
        path.join(process.cwd(), 'tests/fixtures/formats/sample-export.json'),
      );
      const result = await importAnnotatedFile(new File([json], 'sample.factmark.json'));
      expect(result.notice.tone).toBe('error');
      expect(result.notice.detail).toMatch(
        /^Nothing from it was saved\. This browser’s storage for Factmark is full\./,
      );
      expect(await db.articles.count()).toBe(0);
      expect(await db.annotations.count()).toBe(0);
    } finally {
      db.unuse({ stack: 'dbcore', name: 'storage-full' });
      db.close();
      await db.open();
    }
  });
});
