import { SuggestionsPanel } from './SuggestionsPanel';
import type { ArticleSuggestions } from './use-article-suggestions';

/** The sidebar's Suggestions tab: the panel, on the article's suggestions. */
export function SuggestionsTab({
  suggestions: s,
  onEditNames,
}: {
  suggestions: ArticleSuggestions;
  /** Opens the reviewer's reference names. */
  onEditNames: () => void;
}) {
  return (
    <SuggestionsPanel
      suggestions={s.suggestions}
      dismissed={s.dismissed}
      running={s.running}
      spotsInPauses={s.spotsInPauses}
      {...(s.deferred && { deferred: s.deferred })}
      enabled={s.enabled}
      {...(s.error !== undefined && { error: s.error })}
      activeId={s.activeId}
      onAccept={s.onAccept}
      onDismiss={s.onDismiss}
      onRestoreDismissed={s.onRestoreDismissed}
      onSelect={s.onSelect}
      onTurnOff={s.onTurnOff}
      onTurnOn={s.onTurnOn}
      onEditNames={onEditNames}
    />
  );
}
