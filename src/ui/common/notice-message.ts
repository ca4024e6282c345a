/** A message about what just happened (an import, an export), shown by `Notice`. */
export interface NoticeMessage {
  tone: 'success' | 'error' | 'info';
  title: string;
  detail?: string;
  /** Work under way: a bar, filled `done` of `total`, or moving while the amount is unknown. */
  progress?: { done: number; total: number } | 'unknown';
}
