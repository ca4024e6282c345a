import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/store/db';
import { getSetting, setSetting } from '../../../src/store/settings';
import {
  EXTRA_PEOPLE,
  MAX_EXTRA_PEOPLE,
  SUGGESTIONS_ENABLED,
  addExtraPerson,
  dismissSuggestion,
  extraPeopleIn,
  getDismissed,
  getExtraPeople,
  getSuggestionsEnabled,
  removeExtraPerson,
  restoreSuggestions,
  setSuggestionsEnabled,
} from '../../../src/store/suggestion-store';

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('the suggestion store', () => {
  it('remembers dismissals per article, each id once', async () => {
    await dismissSuggestion('art', 's1');
    await dismissSuggestion('art', 's2');
    await dismissSuggestion('art', 's1');
    await dismissSuggestion('other', 's3');
    expect(await getDismissed('art')).toEqual(['s1', 's2']);
    expect(await getDismissed('other')).toEqual(['s3']);
  });

  it('counts both of two dismissals made at the same moment', async () => {
    await Promise.all([dismissSuggestion('art', 'a'), dismissSuggestion('art', 'b')]);
    expect((await getDismissed('art')).sort()).toEqual(['a', 'b']);
  });

  it('restores an article’s dismissed suggestions, and no other article’s', async () => {
    await dismissSuggestion('art', 's1');
    await dismissSuggestion('other', 's3');
    await restoreSuggestions('art');
    expect(await getDismissed('art')).toEqual([]);
    expect(await getDismissed('other')).toEqual(['s3']);
  });

  it('reads a damaged dismissal record as no dismissals', async () => {
    await setSetting('dismissedSuggestions:art', 'not a list');
    expect(await getDismissed('art')).toEqual([]);
  });

  it('has suggestions on until they are turned off', async () => {
    expect(await getSuggestionsEnabled()).toBe(true);
    await setSuggestionsEnabled(false);
    expect(await getSuggestionsEnabled()).toBe(false);
    expect(await getSetting(SUGGESTIONS_ENABLED)).toBe(false);
    await setSuggestionsEnabled(true);
    expect(await getSuggestionsEnabled()).toBe(true);
  });

  it('adds names with their office, tidied, in the order added', async () => {
    await addExtraPerson({ name: '  Ada   Lovelace ', office: '' });
    const list = await addExtraPerson({ name: 'Robert Habeck', office: 'Vice-Chancellor' });
    expect(list).toEqual([
      { name: 'Ada Lovelace' },
      { name: 'Robert Habeck', office: 'Vice-Chancellor' },
    ]);
    expect(await getExtraPeople()).toEqual(list);
  });

  it('refuses an empty name, an overlong one and a repeat, saying why', async () => {
    await expect(addExtraPerson({ name: '   ' })).rejects.toThrow('Enter a name.');
    await expect(addExtraPerson({ name: 'x'.repeat(201) })).rejects.toThrow('under 200');
    await addExtraPerson({ name: 'Robert Habeck' });
    await expect(addExtraPerson({ name: 'robert  habeck' })).rejects.toThrow('already on the list');
    expect(await getExtraPeople()).toEqual([{ name: 'Robert Habeck' }]);
  });

  it('refuses a name past the 2,000th', async () => {
    const full = Array.from({ length: MAX_EXTRA_PEOPLE }, (_, i) => ({ name: `Person ${i}` }));
    await setSetting(EXTRA_PEOPLE, full);
    await expect(addExtraPerson({ name: 'One Too Many' })).rejects.toThrow('at most 2,000 names');
  });

  it('removes a name whatever its case', async () => {
    await addExtraPerson({ name: 'Ada Lovelace' });
    await addExtraPerson({ name: 'Robert Habeck' });
    expect(await removeExtraPerson('ada lovelace')).toEqual([{ name: 'Robert Habeck' }]);
    expect(await getExtraPeople()).toEqual([{ name: 'Robert Habeck' }]);
  });

  it('keeps only valid, distinct entries of a stored list', () => {
    const stored = [
      { name: 'Ada Lovelace', office: 'Analyst' },
      { name: '' },
      { name: 42 },
      'Robert Habeck',
      null,
      { name: 'ADA LOVELACE' },
      { name: 'Olaf Scholz', office: 7 },
      { name: 'Gina Raimondo', office: 'US Commerce Secretary' },
    ];
    expect(extraPeopleIn(stored)).toEqual([
      { name: 'Ada Lovelace', office: 'Analyst' },
      { name: 'Gina Raimondo', office: 'US Commerce Secretary' },
    ]);
    expect(extraPeopleIn({ name: 'not a list' })).toEqual([]);
  });
});
