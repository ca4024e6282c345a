import type { DBCore, Middleware } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { articleFromDoc } from '../../../src/io/article-record';
import { docFromPlainText } from '../../../src/io/plain-text';
import { fieldsOf } from '../../../src/model/annotation-fields';
import { withRevision } from '../../../src/model/desk/revision';
import type { Annotation, Article } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { deleteAnnotation, updateAnnotation } from '../../../src/store/annotations';
import { db } from '../../../src/store/db';
import { importAnnotatedArticle } from '../../../src/store/import-annotated';
import type { ImportFile } from '../../../src/store/import-plan';
import { planFileMerge, previewFileMerge, settleWhileIdle } from '../../../src/store/merge-file';
import { readCounterpartsAhead } from '../../../src/store/stored-counterparts';
import { annotationOn as on } from '../../fixtures/formats/annotation-on';

// The merge keeps the plan its preview showed (planning 10,000 annotations twice cost a second),
// and plans again only when what the plan was made from changed between the preview and Merge.

const NOW = '2026-11-25T12:00:00.000Z';
const A = '11111111-1111-4111-8111-111111111111';
const X = 'aaaaaaaa-0000-4000-8000-000000000001';
const Y = 'aaaaaaaa-0000-4000-8000-000000000002';
const TEXT =
  'The German government approved a request by Robert Hallbeck.\n\nTokyo Electron leads.';

async function parsed(a: Article, annotations: Annotation[]): Promise<ImportFile> {
  const result = await parseAnnotatedJson(exportAnnotatedJson(a, annotations));
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

/** The article here with X and Y, and the colleague's file: their later edit of X's note, Y as here. */
async function deskWithTheirEdit() {
  const created = await articleFromDoc(docFromPlainText(TEXT), { title: 'Chips' }, A);
  const a = { ...created, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: created.createdAt };
  await importAnnotatedArticle(
    await parsed(a, [on(a, 'Robert Hallbeck', X), on(a, 'Tokyo Electron', Y)]),
    NOW,
  );
  const [x, y] = (await db.annotations.bulkGet([X, Y])) as [Annotation, Annotation];
  const theirs = withRevision(x, { ...x, note: 'their note' });
  return { file: await parsed(a, [theirs, y]), x };
}

const planAgain = (file: ImportFile, earlier: Parameters<typeof planFileMerge>[4]) =>
  db.transaction('r', db.annotations, db.tombstones, db.writeMarks, () =>
    planFileMerge(file, A, new Set([A]), NOW, earlier),
  );

/** Counts the records each table hands out by key (`get`, `bulkGet`) until stopped. */
async function countRecordReads() {
  const counts = new Map<string, number>();
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'count-record-reads',
    create: down => ({
      ...down,
      table: name => {
        const table = down.table(name);
        const count = (n: number) => counts.set(name, (counts.get(name) ?? 0) + n);
        return {
          ...table,
          get: req => (count(1), table.get(req)),
          getMany: req => (count(req.keys.length), table.getMany(req)),
        };
      },
    }),
  };
  // a middleware takes effect when the database opens
  const reopen = async (change: () => void) => {
    db.close();
    change();
    await db.open();
  };
  await reopen(() => db.use(middleware));
  return {
    of: (name: string) => counts.get(name) ?? 0,
    stop: () => reopen(() => db.unuse({ stack: 'dbcore', name: middleware.name ?? '' })),
  };
}

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('a merge after its preview', () => {
  it('writes the plan the preview showed when nothing changed since', async () => {
    const { file } = await deskWithTheirEdit();
    const { preview, planned } = await previewFileMerge(file, NOW);
    expect(preview?.counts).toMatchObject({ updated: 1, unchanged: 1 });
    expect(await planAgain(file, planned ?? undefined)).toBe(planned);
    const report = await importAnnotatedArticle(file, NOW, planned ? { planned } : {});
    expect(report).toMatchObject(preview?.counts ?? {});
    expect((await db.annotations.get(X))?.note).toBe('their note');
  });

  it('does not read the records again when nothing was written since the preview', async () => {
    const { file } = await deskWithTheirEdit();
    const { planned } = await previewFileMerge(file, NOW);
    const reads = await countRecordReads();
    try {
      await importAnnotatedArticle(file, NOW, planned ? { planned } : {});
      expect(reads.of('annotations')).toBe(0);
      await importAnnotatedArticle(file, NOW); // no preview: it reads them
      expect(reads.of('annotations')).toBeGreaterThan(0);
    } finally {
      await reads.stop();
    }
  });

  it('plans again when a note was typed here after the preview, and keeps it', async () => {
    const { file, x } = await deskWithTheirEdit();
    const { planned } = await previewFileMerge(file, NOW);
    await updateAnnotation(X, { ...fieldsOf(x), note: 'typed here' }, DEFAULT_VERDICT_SCALE, 'Ada');
    expect(await planAgain(file, planned ?? undefined)).not.toBe(planned);
    const report = await importAnnotatedArticle(file, NOW, planned ? { planned } : {});
    // the chains diverged after the preview: both notes kept, for the curator
    expect(report).toMatchObject({ conflicting: 1, updated: 0, unchanged: 1 });
    const merged = await db.annotations.get(X);
    expect(merged?.note).toContain('typed here');
    expect(merged?.note).toContain('their note');
  });

  /** Their edit of X's note and one typed here: the chains diverge; the preview of that merge. */
  async function divergedPreview() {
    const { file, x } = await deskWithTheirEdit();
    await updateAnnotation(X, { ...fieldsOf(x), note: 'typed here' }, DEFAULT_VERDICT_SCALE, 'Ada');
    const { preview, planned } = await previewFileMerge(file, NOW);
    if (!planned) throw new Error('no plan');
    return { file, preview, planned };
  }

  it('merges diverged annotations after the preview is shown, and writes them', async () => {
    const { file, preview, planned } = await divergedPreview();
    expect(preview?.counts).toMatchObject({ conflicting: 1, unchanged: 1 });
    // the preview knows X diverged, but has not merged it yet
    expect(planned.draft.unsettled.map(u => u.theirs.id)).toEqual([X]);
    expect(planned.draft.plan.put).toEqual([]);
    await settleWhileIdle(planned, new AbortController().signal);
    expect(planned.draft.unsettled).toEqual([]);
    expect(planned.draft.plan.put.map(a => a.id)).toEqual([X]);
    await importAnnotatedArticle(file, NOW, { planned });
    const merged = await db.annotations.get(X);
    expect(merged?.note).toContain('typed here');
    expect(merged?.note).toContain('their note');
  });

  it('merges at Merge what was not merged while the preview was read', async () => {
    const { file, planned } = await divergedPreview();
    const cancelled = new AbortController();
    cancelled.abort();
    await settleWhileIdle(planned, cancelled.signal);
    expect(planned.draft.unsettled).toHaveLength(1);
    const report = await importAnnotatedArticle(file, NOW, { planned });
    expect(report).toMatchObject({ conflicting: 1 });
    const merged = await db.annotations.get(X);
    expect(merged?.note).toContain('typed here');
    expect(merged?.note).toContain('their note');
  });

  it('plans again when the annotation was deleted here after the preview', async () => {
    const { file } = await deskWithTheirEdit();
    const { planned } = await previewFileMerge(file, NOW);
    await deleteAnnotation(X, 'Ada');
    const report = await importAnnotatedArticle(file, NOW, planned ? { planned } : {});
    // their copy was changed after what was deleted here: back, as a conflict naming the deletion
    expect(report).toMatchObject({ conflicting: 1, updated: 0 });
    expect((await db.annotations.get(X))?.conflict?.deleted?.by).toBe('Ada');
  });
});

// The page reads what the file's ids name while its worker checks the file, and the preview plans
// from that read unless something was written since; the merge does the same with the preview's.
describe('a preview planned from records read while the file was checked', () => {
  const idsOf = (file: ImportFile) => [
    ...file.annotations.map(a => a.id),
    ...(file.tombstones ?? []).map(t => t.id),
  ];

  it('shows what a preview that read them itself shows', async () => {
    const { file } = await deskWithTheirEdit();
    const ahead = await readCounterpartsAhead(idsOf(file));
    const early = await previewFileMerge(file, NOW, ahead);
    const { preview } = await previewFileMerge(file, NOW);
    expect(early.preview).toEqual(preview);
    expect(early.planned?.stored).toBe(ahead?.stored);
  });

  it('keeps a note typed here after that read: the preview reads again, and shows it', async () => {
    const { file, x } = await deskWithTheirEdit();
    const ahead = await readCounterpartsAhead(idsOf(file));
    await updateAnnotation(X, { ...fieldsOf(x), note: 'typed here' }, DEFAULT_VERDICT_SCALE, 'Ada');
    const { preview, planned } = await previewFileMerge(file, NOW, ahead);
    expect(planned?.stored).not.toBe(ahead?.stored);
    expect(preview?.counts).toMatchObject({ updated: 0, conflicting: 1 });
    const report = await importAnnotatedArticle(file, NOW, planned ? { planned } : {});
    expect(report).toMatchObject({ conflicting: 1, updated: 0 });
    const merged = await db.annotations.get(X);
    expect(merged?.note).toContain('typed here');
    expect(merged?.note).toContain('their note');
  });

  it('reads them itself when the read was for other ids', async () => {
    const { file, x } = await deskWithTheirEdit();
    const ahead = await readCounterpartsAhead([X]);
    await updateAnnotation(X, { ...fieldsOf(x), note: 'typed here' }, DEFAULT_VERDICT_SCALE, 'Ada');
    const { preview } = await previewFileMerge(file, NOW, ahead);
    expect(preview?.counts).toMatchObject({ updated: 0, conflicting: 1 });
  });
});
