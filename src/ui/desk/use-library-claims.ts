import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation } from '../../model/types';
import { libraryClaims } from '../../store/library-claims';

/** Every claim in the library, live, once `wanted`; undefined until then and while loading. */
export function useLibraryClaims(wanted: boolean): Annotation[] | undefined {
  return useLiveQuery(async () => (wanted ? libraryClaims() : undefined), [wanted]);
}
