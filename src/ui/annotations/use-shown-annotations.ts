import { useMemo } from 'react';
import { fadeFilteredOut } from '../../editor/filtered-highlights';
import { highlightsFor, placedOrNot } from '../../editor/highlights';
import type { TextMap } from '../../editor/text-map';
import { filterAnnotations, isFilterActive } from '../../model/annotation-filter';
import type { Annotation } from '../../model/types';
import type { VerdictScale } from '../../model/verdict-scale';
import { useArticleFilter } from './use-article-filter';

/**
 * What the article and the sidebar show of the annotations, through the
 * article's filter: the highlights (`all`; `drawn`, those the filter hides
 * faded), and the sidebar's entries (`placed` in the text, `orphans` not
 * found in it). The sidebar follows `listed`, a deferred copy of
 * `annotations`, so a save draws its highlight first.
 */
export function useShownAnnotations(
  articleId: string,
  annotations: readonly Annotation[],
  listed: readonly Annotation[],
  map: TextMap,
  scale: VerdictScale,
) {
  const all = useMemo(() => highlightsFor(annotations, map, scale), [annotations, map, scale]);
  const { placed, orphans } = useMemo(() => placedOrNot(listed, map, scale), [listed, map, scale]);
  const [filter, setFilter] = useArticleFilter(articleId);
  const visibleIds = useMemo(
    () =>
      isFilterActive(filter)
        ? new Set(filterAnnotations(annotations, filter).map(a => a.id))
        : null,
    [annotations, filter],
  );
  const placedShown = useMemo(() => filterAnnotations(placed, filter), [placed, filter]);
  // the orphan list's own criterion is "does not anchor now", whatever the record says
  const orphansShown = useMemo(
    () => filterAnnotations(orphans, { ...filter, needsReanchoring: false }),
    [orphans, filter],
  );
  const drawn = useMemo(() => fadeFilteredOut(all, visibleIds), [all, visibleIds]);
  return {
    highlights: { all, drawn },
    placed: placedShown,
    orphans: orphansShown,
    filter,
    setFilter,
    /** The filter hides some annotations. */
    filtering: visibleIds !== null,
  };
}

export type ShownAnnotations = ReturnType<typeof useShownAnnotations>;
