import { useMemo } from 'react';
import { DEFAULT_VERDICT_SCALE, parseScale, type VerdictScale } from '../../model/verdict-scale';
import { VERDICT_SCALE } from '../../store/verdict-scale-store';
import { useSetting } from '../common/use-setting';

/**
 * The reviewer's verdict scale, live; the default while loading, when unset or
 * when the stored one is invalid. The same object until the stored scale's
 * content changes, since highlights are cached by the scale's identity.
 */
export function useVerdictScale(): VerdictScale {
  const stored = useSetting<unknown>(VERDICT_SCALE)?.value;
  // every live-query run yields a fresh object; its JSON is what stays the same
  const json = stored === undefined ? undefined : JSON.stringify(stored);
  return useMemo(() => {
    if (json === undefined) return DEFAULT_VERDICT_SCALE;
    const parsed = parseScale(JSON.parse(json));
    return parsed.ok ? parsed.scale : DEFAULT_VERDICT_SCALE;
  }, [json]);
}
