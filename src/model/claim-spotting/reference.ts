import list from '../reference/office-holders.json';
import type { ReferencePerson } from './types';

/**
 * The office holders that ship with the app (G20 heads of state and government, their foreign,
 * finance and economy ministers, EU and AU leaders), as of `REFERENCE_AS_OF`.
 * See src/model/reference/README.md for where the list came from.
 */
export const REFERENCE_PEOPLE: readonly ReferencePerson[] = list.people;

/** The date the reference list was last checked (YYYY-MM-DD). */
export const REFERENCE_AS_OF: string = list.asOf;
