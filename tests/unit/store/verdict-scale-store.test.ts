import { beforeEach, describe, expect, it } from 'vitest';
import { fieldsOf } from '../../../src/model/annotation-fields';
import { textOffset } from '../../../src/model/offsets';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../../src/model/verdict-scale';
import { createAnnotation } from '../../../src/store/annotations';
import { db } from '../../../src/store/db';
import { getSetting, setSetting } from '../../../src/store/settings';
import {
  VERDICT_SCALE,
  countVerdictUse,
  loadVerdictScale,
  resetVerdictScale,
  saveVerdictScale,
} from '../../../src/store/verdict-scale-store';

const right = {
  id: 'right',
  label: 'Right',
  ratingValue: 6,
  color: '#2f7d4f',
  countsAsChecked: true,
  cue: 0,
};
const wrong = {
  id: 'wrong',
  label: 'Wrong',
  ratingValue: 1,
  color: '#a3283a',
  countsAsChecked: true,
  cue: 5,
};
const pending = {
  id: 'pending',
  label: 'Pending',
  color: '#6b6480',
  countsAsChecked: false,
  cue: 6,
};
const custom: VerdictScale = [right, wrong, pending];

async function annotate(articleId: string, verdict: string, scale: VerdictScale) {
  const target = {
    start: textOffset(0),
    end: textOffset(5),
    exact: 'claim',
    prefix: '',
    suffix: '',
  };
  await createAnnotation(articleId, target, { ...fieldsOf(), verdict }, 'Ada', scale);
}

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('the verdict scale store', () => {
  it('loads the default scale when none is stored', async () => {
    expect(await loadVerdictScale()).toBe(DEFAULT_VERDICT_SCALE);
  });

  it('saves a scale and loads it back', async () => {
    await saveVerdictScale(custom);
    expect(await loadVerdictScale()).toEqual(custom);
  });

  it('stores the scale normalized', async () => {
    const saved = await saveVerdictScale([{ ...right, label: ' Right ', color: '#2F7D4F' }, wrong]);
    expect(saved[0]).toMatchObject({ label: 'Right', color: '#2f7d4f' });
    expect(await getSetting(VERDICT_SCALE)).toEqual(saved);
  });

  it('refuses an invalid scale, naming the problem, and keeps the stored one', async () => {
    await saveVerdictScale(custom);
    await expect(saveVerdictScale([right])).rejects.toThrow('A scale has 2 to 9 verdicts, not 1.');
    expect(await loadVerdictScale()).toEqual(custom);
  });

  it('falls back to the default when the stored scale is invalid', async () => {
    await setSetting(VERDICT_SCALE, [{ id: 'x' }]);
    expect(await loadVerdictScale()).toBe(DEFAULT_VERDICT_SCALE);
  });

  it('counts the uses of a verdict across articles', async () => {
    await annotate('a', 'false', DEFAULT_VERDICT_SCALE);
    await annotate('b', 'false', DEFAULT_VERDICT_SCALE);
    await annotate('b', 'true', DEFAULT_VERDICT_SCALE);
    expect(await countVerdictUse('false')).toBe(2);
    expect(await countVerdictUse('mixed')).toBe(0);
  });

  it('refuses to drop a verdict that annotations use', async () => {
    await annotate('a', 'false', DEFAULT_VERDICT_SCALE);
    await expect(saveVerdictScale(custom)).rejects.toThrow(
      '“False” is the verdict of 1 annotation; give it another verdict first.',
    );
    expect(await loadVerdictScale()).toBe(DEFAULT_VERDICT_SCALE);
  });

  it('lets a verdict in use be relabelled and moved', async () => {
    await annotate('a', 'false', DEFAULT_VERDICT_SCALE);
    const relabelled = DEFAULT_VERDICT_SCALE.map(v =>
      v.id === 'false' ? { ...v, label: 'Wrong' } : v,
    );
    relabelled.unshift(...relabelled.splice(5, 1));
    await saveVerdictScale(relabelled);
    expect((await loadVerdictScale())[0]).toMatchObject({ id: 'false', label: 'Wrong' });
  });

  it('resets to the default', async () => {
    await saveVerdictScale(custom);
    await resetVerdictScale();
    expect(await getSetting(VERDICT_SCALE)).toBeUndefined();
    expect(await loadVerdictScale()).toBe(DEFAULT_VERDICT_SCALE);
  });

  it('refuses a reset that drops a verdict in use', async () => {
    await saveVerdictScale(custom);
    await annotate('a', 'pending', custom);
    await expect(resetVerdictScale()).rejects.toThrow('“Pending” is the verdict of 1 annotation');
    expect(await loadVerdictScale()).toEqual(custom);
  });
});
