/** A message about what just happened (an import, an export), shown by `Notice`. */
export interface NoticeMessage {
  tone: 'success' | 'error' | 'info';
  title: string;
  /** What happened, in plain words. */
  detail?: string;
  /** What only a technical reader needs (a JSON path, an error's own text): folded behind "Details". */
  technical?: string;
  /** Work under way: a bar, filled `done` of `total`, or moving while the amount is unknown. */
  progress?: { done: number; total: number } | 'unknown';
  /** Stops the work under way; shown as a Cancel button. */
  onCancel?: () => void;
}
