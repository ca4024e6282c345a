import { collapseWhiteSpace } from '../model/white-space';
import type { ReferencePerson } from '../model/claim-spotting/types';
import { db } from './db';

/** The setting that turns claim spotting on or off; unset means on. */
export const SUGGESTIONS_ENABLED = 'suggestionsEnabled';
/** The setting that holds the names the reviewer added to the reference list. */
export const EXTRA_PEOPLE = 'extraReferencePeople';
/** The setting that underlines every suggestion in the article, not only the strong ones. */
export const UNDERLINE_ALL = 'underlineAllSuggestions';
/** The setting that holds the ids of the suggestions dismissed in one article. */
export const dismissedKey = (articleId: string) => `dismissedSuggestions:${articleId}`;

export const MAX_NAME_LENGTH = 200;
export const MAX_EXTRA_PEOPLE = 2000;

/** A name the reviewer added: what the spotter compares names against, besides the shipped list. */
export type ExtraPerson = Pick<ReferencePerson, 'name' | 'office'>;

/** Whether a stored SUGGESTIONS_ENABLED value means on (anything but `false`). */
export const isEnabled = (value: unknown): boolean => value !== false;

/** The dismissed ids in a stored value; anything that is not a list of strings counts as none. */
export function dismissedIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

/** A name as compared for repeats: white space collapsed, case ignored. */
const nameKey = (name: string) => collapseWhiteSpace(name).toLocaleLowerCase();

/**
 * The entry to store for a name and office the reviewer typed, white space
 * collapsed, or a message saying what is wrong with it.
 */
export function checkPerson(input: {
  name: string;
  office?: string | undefined;
}): { ok: true; person: ExtraPerson } | { ok: false; message: string } {
  const name = collapseWhiteSpace(input.name);
  const office = collapseWhiteSpace(input.office ?? '');
  if (!name) return { ok: false, message: 'Enter a name.' };
  if (name.length > MAX_NAME_LENGTH || office.length > MAX_NAME_LENGTH)
    return {
      ok: false,
      message: `Keep the name and the office under ${MAX_NAME_LENGTH} characters.`,
    };
  return { ok: true, person: office ? { name, office } : { name } };
}

/**
 * The reviewer's names in a stored value, normalized: rows that are not
 * valid entries, and repeats of a name, are dropped, and at most 2,000 kept.
 */
export function extraPeopleIn(value: unknown): ExtraPerson[] {
  if (!Array.isArray(value)) return [];
  const out: ExtraPerson[] = [];
  const seen = new Set<string>();
  for (const row of value as unknown[]) {
    if (out.length >= MAX_EXTRA_PEOPLE) break;
    if (typeof row !== 'object' || row === null) continue;
    const { name, office } = row as Record<string, unknown>;
    if (typeof name !== 'string' || (office !== undefined && typeof office !== 'string')) continue;
    const checked = checkPerson({ name, office });
    if (!checked.ok || seen.has(nameKey(checked.person.name))) continue;
    seen.add(nameKey(checked.person.name));
    out.push(checked.person);
  }
  return out;
}

/** The ids of the suggestions dismissed in an article. */
export async function getDismissed(articleId: string): Promise<string[]> {
  return dismissedIn((await db.settings.get(dismissedKey(articleId)))?.value);
}

/** Hides a suggestion in this article for good (until `restoreSuggestions`). */
export async function dismissSuggestion(articleId: string, id: string): Promise<void> {
  const key = dismissedKey(articleId);
  // read and write in one transaction, so two quick dismissals (or two tabs) both count
  await db.transaction('rw', db.settings, async () => {
    const ids = dismissedIn((await db.settings.get(key))?.value);
    if (!ids.includes(id)) await db.settings.put({ key, value: [...ids, id] });
  });
}

/** Shows every dismissed suggestion of the article again. */
export async function restoreSuggestions(articleId: string): Promise<void> {
  await db.settings.delete(dismissedKey(articleId));
}

export async function getSuggestionsEnabled(): Promise<boolean> {
  return isEnabled((await db.settings.get(SUGGESTIONS_ENABLED))?.value);
}

export async function setSuggestionsEnabled(on: boolean): Promise<void> {
  await db.settings.put({ key: SUGGESTIONS_ENABLED, value: on });
}

/** Whether a stored UNDERLINE_ALL value means all (only `true`; unset means strong ones only). */
export const isUnderlineAll = (value: unknown): boolean => value === true;

/** Underlines every suggestion in the article (`true`), or only the strong ones. */
export async function setUnderlineAll(all: boolean): Promise<void> {
  await db.settings.put({ key: UNDERLINE_ALL, value: all });
}

/** The names the reviewer added, in the order added. */
export async function getExtraPeople(): Promise<ExtraPerson[]> {
  return extraPeopleIn((await db.settings.get(EXTRA_PEOPLE))?.value);
}

/**
 * Adds a name (with its office, if given) and returns the list as stored.
 * Throws an Error with a message for the reviewer when the entry is not
 * valid, the name is already there, or the list is full.
 */
export async function addExtraPerson(input: {
  name: string;
  office?: string | undefined;
}): Promise<ExtraPerson[]> {
  const checked = checkPerson(input);
  if (!checked.ok) throw new Error(checked.message);
  const { person } = checked;
  return db.transaction('rw', db.settings, async () => {
    const people = extraPeopleIn((await db.settings.get(EXTRA_PEOPLE))?.value);
    if (people.some(p => nameKey(p.name) === nameKey(person.name)))
      throw new Error(`“${person.name}” is already on the list.`);
    if (people.length >= MAX_EXTRA_PEOPLE)
      throw new Error(
        `The list holds at most ${MAX_EXTRA_PEOPLE.toLocaleString('en')} names; remove some first.`,
      );
    const next = [...people, person];
    await db.settings.put({ key: EXTRA_PEOPLE, value: next });
    return next;
  });
}

/** Removes a name (compared without regard to case and spacing) and returns the list as stored. */
export async function removeExtraPerson(name: string): Promise<ExtraPerson[]> {
  return db.transaction('rw', db.settings, async () => {
    const people = extraPeopleIn((await db.settings.get(EXTRA_PEOPLE))?.value);
    const next = people.filter(p => nameKey(p.name) !== nameKey(name));
    if (next.length !== people.length) await db.settings.put({ key: EXTRA_PEOPLE, value: next });
    return next;
  });
}
