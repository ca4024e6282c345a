import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';
import { db } from '../../../../src/store/db';
import { loadVerdictScale } from '../../../../src/store/verdict-scale-store';
import {
  importAnnotatedFile,
  type VerdictChoices,
  type VerdictQuestionData,
} from '../../../../src/ui/transfer/import-file';

// A file whose verdicts this browser's scale lacks is not refused: the reviewer adds or maps each.

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url), 'utf8'),
  ) as {
    'factmark:scale'?: { id: string; label: string }[];
    first: { items: { body?: { purpose: string; value: string; 'factmark:verdict': string }[] }[] };
  };

/** Gives the verdict bodies of item `index` another verdict, as the file names it. */
function withVerdict(file: ReturnType<typeof fixture>, index: number, id: string, label: string) {
  for (const body of file.first.items[index]?.body ?? [])
    if (body.purpose === 'assessing') Object.assign(body, { value: label, 'factmark:verdict': id });
}

/** The sample as written before format 3, its two verdicts ones this browser has never seen. */
function olderFile(): File {
  const json = fixture('sample-export-v1.json');
  withVerdict(json, 1, 'half-true', 'Half true');
  withVerdict(json, 2, 'pants-on-fire', 'Pants on fire');
  return new File([JSON.stringify(json)], 'colleague.json');
}

const snapshot = async () => ({
  articles: await db.articles.toArray(),
  annotations: await db.annotations.toArray(),
  settings: await db.settings.toArray(),
});
const verdicts = async () =>
  (await db.annotations.toArray())
    .flatMap(a => (a.verdict === undefined ? [] : [a.verdict]))
    .sort();

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
  await db.settings.put({ key: 'reviewer', value: 'Mika Tanaka' });
});

describe('importing a file with verdicts not on this scale', () => {
  it('asks about each, named as the file names it, and Cancel changes nothing', async () => {
    const before = await snapshot();
    const asked: VerdictQuestionData[] = [];
    const { notice, articleId } = await importAnnotatedFile(olderFile(), {
      chooseVerdicts: async question => {
        asked.push(question);
        return null;
      },
    });
    expect(asked.map(q => q.foreign.map(f => [f.label, f.uses]))).toEqual([
      [
        ['Half true', 1],
        ['Pants on fire', 1],
      ],
    ]);
    expect(notice).toMatchObject({ tone: 'info', detail: expect.stringMatching(/cancelled/) });
    expect(articleId).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('adds a verdict to the scale and maps another onto one of mine, in the import', async () => {
    const choices: VerdictChoices = new Map([
      ['half-true', { add: true }],
      ['pants-on-fire', { mapTo: 'false' }],
    ]);
    const { notice } = await importAnnotatedFile(olderFile(), {
      chooseVerdicts: async () => choices,
    });
    expect(notice.tone).toBe('success');
    expect(await verdicts()).toEqual(['false', 'half-true']);
    const scale = await loadVerdictScale();
    expect(scale.map(v => v.label)).toEqual([
      ...DEFAULT_VERDICT_SCALE.map(v => v.label),
      'Half true',
    ]);
    // the assessment the older file's verdict became is mapped too
    const assessed = (await db.annotations.toArray()).flatMap(a => a.assessments ?? []);
    expect(assessed.map(x => x.verdict).sort()).toEqual(['false', 'half-true']);
  });

  it('still refuses such a file when nobody can be asked, naming the verdicts, and changes nothing', async () => {
    const before = await snapshot();
    const { notice } = await importAnnotatedFile(olderFile());
    expect(notice).toMatchObject({
      tone: 'error',
      detail:
        'It uses verdicts that are not on your scale (“Half true”, “Pants on fire”). Nothing was changed.',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('names a format 3 file’s verdict by the file’s scale, and asks nothing of a verdict this scale has', async () => {
    const json = fixture('sample-export.json');
    withVerdict(json, 1, 'lacks-evidence', 'lacks evidence (body)');
    json['factmark:scale']?.push({
      id: 'lacks-evidence',
      label: 'Lacks evidence',
      color: '#555555',
      countsAsChecked: true,
    } as { id: string; label: string });
    const asked: string[][] = [];
    const { notice } = await importAnnotatedFile(new File([JSON.stringify(json)], 'f.json'), {
      chooseVerdicts: async q => {
        asked.push(q.foreign.map(f => f.label));
        return new Map([['lacks-evidence', { mapTo: 'unverifiable' }]]);
      },
    });
    expect(notice.tone).toBe('success');
    expect(asked).toEqual([['Lacks evidence']]);
    expect(await verdicts()).toEqual(['mostly-true', 'unverifiable']);
    expect(await loadVerdictScale()).toEqual(DEFAULT_VERDICT_SCALE);
  });
});
