import type { Annotation } from '../model/types';
import { db } from './db';

/** Every claim of every article in the library, for figures over the whole library. */
export async function libraryClaims(): Promise<Annotation[]> {
  return db.annotations.filter(a => a.kind === 'claim').toArray();
}
