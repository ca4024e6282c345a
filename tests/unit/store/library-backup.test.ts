import { beforeEach, describe, expect, it } from 'vitest';
import { articleFromDoc } from '../../../src/io/article-record';
import {
  checkBackupArticles,
  readBackupEnvelope,
  writeLibraryBackup,
} from '../../../src/io/library-backup';
import { docFromPlainText } from '../../../src/io/plain-text';
import { fieldsOf } from '../../../src/model/annotation-fields';
import type { Draft } from '../../../src/model/draft';
import { withDeskFields } from '../../../src/model/desk/desk-fields';
import { withRevision } from '../../../src/model/desk/revision';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../../src/model/verdict-scale';
import { db } from '../../../src/store/db';
import { keepDraft, loadDraft } from '../../../src/store/drafts';
import { readLibraryDump } from '../../../src/store/library-dump';
import { restoreLibrary } from '../../../src/store/restore-library';
import { LAST_ARTICLE, REVIEWER_NAME, setSetting } from '../../../src/store/settings';
import { EXTRA_PEOPLE, dismissedKey } from '../../../src/store/suggestion-store';
import { VERDICT_SCALE } from '../../../src/store/verdict-scale-store';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';
import { annotationRecord, targetAt } from '../../fixtures/records';

const withDeskFieldsOf = (fields: Parameters<typeof annotationRecord>[0]) =>
  withDeskFields(annotationRecord(fields));

const NOW = '2099-01-01T00:00:00.000Z'; // after every record's time: nothing is clamped
const SCALE: VerdictScale = [
  ...DEFAULT_VERDICT_SCALE,
  { id: 'awaiting-reply', label: 'Awaiting reply', color: '#555555', countsAsChecked: false },
];

/** A half-typed note on "rose" in the second version, from a suggestion. */
const DRAFT = (articleId: string): Draft => ({
  articleId,
  on: {
    mode: 'new',
    target: { ...targetAt(5, 'rose'), prefix: 'Fees ', suffix: ' by 110 percent.' },
    origin: { type: 'suggestion', reasons: ['a number'] },
  },
  fields: { ...fieldsOf(), note: 'Ask the port authority' },
  opened: fieldsOf(),
  savedAt: '2026-12-02T11:00:00.000Z',
});

const clear = () => Promise.all(db.tables.map(t => t.clear()));
beforeEach(clear);

async function everything() {
  const [articles, annotations, tombstones, settings] = await Promise.all([
    db.articles.orderBy('id').toArray(),
    db.annotations.orderBy('id').toArray(),
    db.tombstones.orderBy('id').toArray(),
    db.settings.orderBy('key').toArray(),
  ]);
  return { articles, annotations, tombstones, settings };
}

/** A library with two versions of an article, the sample with its history, a custom scale and more. */
async function fillLibrary() {
  const { article, annotations } = await sampleExportInput();
  await db.articles.add(article);
  // records as schema version 5 keeps them: the creator's id, assessments, a revision chain
  await db.annotations.bulkAdd(annotations.map(withDeskFields));
  const first = await articleFromDoc(docFromPlainText('Fees rose by 120 percent.'), {
    title: 'Port fees',
    author: 'Jane Doe',
  });
  const second = {
    ...(await articleFromDoc(docFromPlainText('Fees rose by 110 percent.'), {
      title: 'Port fees',
    })),
    previousVersionId: first.id,
  };
  await db.articles.bulkAdd([first, second]);
  await db.annotations.add(
    withDeskFieldsOf({
      id: '0f1e2d3c-4b5a-4968-8776-655443322110',
      articleId: second.id,
      target: { ...targetAt(5, 'rose'), prefix: 'Fees ', suffix: ' by 110 percent.' },
      anchoring: { method: 'position' },
      // accepted from a suggestion: the spotter's reasons are its origin, apart from the note
      origin: { type: 'suggestion', reasons: ['a number', 'a change over time'] },
      verdict: 'awaiting-reply',
      history: [
        { field: 'verdict', to: 'awaiting-reply', by: 'Ada', at: '2026-12-01T10:00:00.000Z' },
      ],
    }),
  );
  // a deletion as schema version 5 records it: who (id too) and the chain it ended
  await db.tombstones.add({
    id: '99999999-8888-4777-8666-555555555555',
    articleId: second.id,
    by: 'Ada',
    byId: '12ad83af-174a-4d1c-8c64-0f84ea1c0645',
    at: '2026-12-02T10:00:00.000Z',
    revs: ['2-15c45b49890bd9', '1-0a1b2c3d4e5f60'],
  });
  await setSetting(VERDICT_SCALE, SCALE);
  await setSetting(REVIEWER_NAME, 'Ada Lindqvist');
  await setSetting(EXTRA_PEOPLE, [{ name: 'Robert Habeck', office: 'Vice-Chancellor' }]);
  await setSetting(dismissedKey(article.id), ['claim-0-8-abc']);
  await setSetting(LAST_ARTICLE, second.id);
  // the open form's draft is typed work: it goes with the backup (docs/reliability.md)
  await keepDraft(DRAFT(second.id));
  return { sample: article, first, second };
}

async function backUp(): Promise<string> {
  return writeLibraryBackup(await readLibraryDump(), { scale: SCALE, generated: NOW });
}

async function restore(text: string, scale: VerdictScale) {
  const envelope = readBackupEnvelope(text);
  if (!envelope.ok) throw new Error(envelope.reason);
  const checked = await checkBackupArticles(envelope.articles, scale);
  if (!checked.ok) throw new Error(checked.technical);
  return restoreLibrary(checked.articles, envelope, NOW);
}

describe('a library backup', () => {
  it('restored into an empty browser gives back exactly what was there', async () => {
    await fillLibrary();
    const before = await everything();
    const file = await backUp();
    await clear();
    const report = await restore(file, SCALE);
    expect(await everything()).toEqual(before);
    expect(report).toMatchObject({ articles: 3, newArticles: 3, added: 5, tombstones: 1 });
    // the form comes back as it was typed, and the accepted suggestion's reasons with it
    const [second] = before.articles.filter(a => a.previousVersionId !== undefined);
    expect(await loadDraft(second?.id ?? '')).toEqual(DRAFT(second?.id ?? ''));
    expect(before.annotations.filter(a => a.origin !== undefined)).toHaveLength(1);
  });

  it('restored into a browser with data merges, never replacing what is here', async () => {
    const { sample, second } = await fillLibrary();
    const file = await backUp();
    // meanwhile, here: a note changed later, a setting changed, an annotation deleted
    const [mine] = await db.annotations.where('articleId').equals(sample.id).toArray();
    if (!mine) throw new Error('the sample has annotations');
    // saved here as the store saves: a revision on top of the one backed up
    await db.annotations.put(
      withRevision(mine, { ...mine, note: 'Changed here later.', updatedAt: NOW }),
    );
    await setSetting(REVIEWER_NAME, 'Someone else');
    const typedHere = { ...DRAFT(second.id), fields: { ...fieldsOf(), note: 'Typed here' } };
    await keepDraft(typedHere);
    await db.annotations.where('articleId').equals(second.id).delete();
    await db.tombstones.add({
      id: '0f1e2d3c-4b5a-4968-8776-655443322110',
      articleId: second.id,
      by: 'B',
      at: NOW,
    });
    const here = await db.articles.add(
      await articleFromDoc(docFromPlainText('Only here.'), { title: 'Only here' }),
    );

    const report = await restore(file, SCALE);
    expect((await db.annotations.get(mine.id))?.note).toBe('Changed here later.');
    expect((await db.settings.get(REVIEWER_NAME))?.value).toBe('Someone else');
    // the form as typed here is not replaced by the one in the backup
    expect(await loadDraft(second.id)).toEqual(typedHere);
    expect(await db.annotations.get('0f1e2d3c-4b5a-4968-8776-655443322110')).toBeUndefined();
    expect(await db.articles.get(here)).toBeDefined();
    expect(await db.articles.count()).toBe(4);
    expect(report).toMatchObject({ newArticles: 0, keptHere: 1, deletedHere: 1 });
  });

  it('is refused with a reason in plain words when it is not one, damaged, or newer', async () => {
    const file = await (async () => {
      await fillLibrary();
      return backUp();
    })();
    expect(readBackupEnvelope('{"type": "Factmark')).toMatchObject({
      ok: false,
      reason: 'It is not JSON, or it was cut short.',
    });
    expect(readBackupEnvelope('{"type": "AnnotationCollection"}')).toMatchObject({
      ok: false,
      reason: 'It is not a Factmark library backup.',
    });
    expect(
      readBackupEnvelope(file.replace('"factmark:backupVersion":1', '"factmark:backupVersion":2')),
    ).toMatchObject({
      ok: false,
      reason: 'It was made by a newer Factmark: update this one to restore it.',
    });
    expect(
      readBackupEnvelope(
        file.replace('"settings":[', '"settings":[{"key":"x","__proto__":{"a":1},"value":1},'),
      ),
    ).toMatchObject({ ok: false });
    // a damaged article (a source that is not a web link) is refused before anything is written
    const envelope = readBackupEnvelope(file);
    if (!envelope.ok) throw new Error(envelope.reason);
    await clear();
    const damaged = JSON.parse(
      JSON.stringify(envelope.articles).replace('"https://', '"javascript:'),
    ) as unknown[];
    const checked = await checkBackupArticles(damaged, DEFAULT_VERDICT_SCALE);
    expect(checked).toMatchObject({ ok: false });
    expect(!checked.ok && checked.reason).toMatch(/^Article “.+” in it is damaged/);
    expect(await db.articles.count()).toBe(0);
  });
});
