import { describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { setAssessment } from '../../../src/model/desk/assessment';
import { withDeskFields } from '../../../src/model/desk/desk-fields';
import { withRevision } from '../../../src/model/desk/revision';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../../src/model/verdict-scale';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';

const ADA = { id: '00000000-0000-4000-8000-00000000000a', name: 'Ada' };
const BEN = { id: '00000000-0000-4000-8000-00000000000b', name: 'Ben' };
const AT = '2026-11-30T00:00:00.000Z';

/** A scale edited in the scale editor: one verdict added, one renamed. */
const EDITED: VerdictScale = [
  ...DEFAULT_VERDICT_SCALE.map(v => (v.id === 'false' ? { ...v, label: 'Wrong' } : v)),
  { id: 'lacks-evidence', label: 'Lacks evidence', color: '#555555', countsAsChecked: true },
];

describe('annotated JSON format 3', () => {
  it('carries every reviewer’s assessment apart from the decision, with its creator, and reads them back', async () => {
    const { article, annotations } = await sampleExportInput();
    const [first, ...rest] = annotations.filter(a => a.kind === 'claim');
    if (!first) throw new Error('the sample has a claim');
    const assessed = withRevision(first, {
      ...first,
      verdict: 'false',
      assessments: setAssessment(setAssessment([], { reviewer: ADA, verdict: 'true', at: AT }), {
        reviewer: BEN,
        verdict: 'false',
        note: 'Ben’s reason.',
        at: AT,
      }),
    });
    const json = exportAnnotatedJson(article, [assessed, ...rest]);
    const node = JSON.parse(json).first.items.find((i: { id: string }) => i.id.endsWith(first.id));
    const verdicts = node.body.filter((b: { purpose: string }) => b.purpose === 'assessing');
    expect(verdicts).toEqual([
      expect.objectContaining({ 'factmark:decision': true, 'factmark:verdict': 'false' }),
      expect.objectContaining({
        creator: { type: 'Person', id: `urn:uuid:${ADA.id}`, name: 'Ada' },
      }),
      expect.objectContaining({ 'factmark:note': 'Ben’s reason.', modified: AT }),
    ]);
    const parsed = await parseAnnotatedJson(json);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.annotations.find(a => a.id === first.id)).toEqual(withDeskFields(assessed));
  });

  it('imports a file whose verdicts were added in its maker’s scale editor, on a browser with the default scale', async () => {
    const { article, annotations } = await sampleExportInput();
    const [claim, ...rest] = annotations.filter(a => a.kind === 'claim');
    if (!claim) throw new Error('the sample has a claim');
    const custom = { ...claim, verdict: 'lacks-evidence' };
    const json = exportAnnotatedJson(article, [custom, ...rest], { scale: EDITED });
    const parsed = await parseAnnotatedJson(json, {}, DEFAULT_VERDICT_SCALE);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.annotations.find(a => a.id === claim.id)?.verdict).toBe('lacks-evidence');
    // the file names its verdicts as its maker does: the renamed label comes back as written
    expect(parsed.scale?.find(v => v.id === 'false')?.label).toBe('Wrong');
    expect(parsed.scale?.find(v => v.id === 'lacks-evidence')?.label).toBe('Lacks evidence');
  });

  it('names, instead of refusing, a verdict that neither this browser’s scale nor the file’s has', async () => {
    const { article, annotations } = await sampleExportInput();
    const [claim] = annotations.filter(a => a.kind === 'claim');
    if (!claim) throw new Error('the sample has a claim');
    const json = exportAnnotatedJson(article, [{ ...claim, verdict: 'made-up' }]);
    const parsed = await parseAnnotatedJson(json);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.annotations[0]?.verdict).toBe('made-up');
    // an export names a verdict off its scale by its id
    expect(parsed.foreignVerdicts.map(f => [f.id, f.label, f.uses])).toEqual([
      ['made-up', 'made-up', 1],
    ]);
  });

  it('names each foreign verdict as the file’s scale does, and knows those of this browser’s scale', async () => {
    const { article, annotations } = await sampleExportInput();
    const [custom, ...rest] = annotations;
    if (!custom) throw new Error('the sample has annotations');
    const json = exportAnnotatedJson(article, [{ ...custom, verdict: 'lacks-evidence' }, ...rest], {
      scale: EDITED,
    });
    const here = await parseAnnotatedJson(json, {}, DEFAULT_VERDICT_SCALE);
    if (!here.ok) throw new Error(here.error.message);
    expect(here.foreignVerdicts.map(f => f.label)).toEqual(['Lacks evidence']);
    const there = await parseAnnotatedJson(json, {}, EDITED);
    if (!there.ok) throw new Error(there.error.message);
    expect(there.foreignVerdicts).toEqual([]);
  });
});

describe('the ids a file names, told before it is checked', () => {
  const TOMBSTONE = '00000000-0000-4000-8000-0000000000d1';

  it('are its annotations’ and tombstones’ ids, told once, before the result', async () => {
    const { article, annotations } = await sampleExportInput();
    const tombstones = [{ id: TOMBSTONE, articleId: article.id, by: 'Ada', at: AT }];
    const told: string[][] = [];
    const text = exportAnnotatedJson(article, annotations, { tombstones });
    const result = await parseAnnotatedJson(text, {}, DEFAULT_VERDICT_SCALE, ids => told.push(ids));
    if (!result.ok) throw new Error(result.error.message);
    // in the file's order, which the checked file keeps
    expect(told).toEqual([[...result.annotations.map(a => a.id), TOMBSTONE]]);
  });

  it('are told for a file the check then refuses, and never for one that is not JSON', async () => {
    const { article, annotations } = await sampleExportInput();
    const told: string[][] = [];
    const json = JSON.parse(exportAnnotatedJson(article, annotations));
    json.first.items[0].target.selector = 'not a selector';
    const refused = await parseAnnotatedJson(JSON.stringify(json), {}, undefined, ids =>
      told.push(ids),
    );
    expect(refused.ok).toBe(false);
    expect(told).toHaveLength(1);
    await parseAnnotatedJson('{"first": ', {}, undefined, ids => told.push(ids));
    expect(told).toHaveLength(1);
  });
});
