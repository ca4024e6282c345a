import type { NoticeMessage } from './notice-message';

/**
 * Runs `run` with a module loaded on first use (a chunk of its own, kept off
 * the first screen); resolves to its message, or, when the module cannot be
 * loaded (the app was updated since the page was opened, or the connection
 * is gone), to a message saying so under `title`, with nothing changed.
 */
export function withModule<M>(
  load: () => Promise<M>,
  title: string,
  run: (module: M) => Promise<NoticeMessage>,
): Promise<NoticeMessage> {
  return load().then(run, (err: unknown) => ({
    tone: 'error' as const,
    title,
    detail:
      'This part of Factmark could not be loaded. Reload the page and try again. Nothing was changed.',
    technical: err instanceof Error ? err.message : String(err),
  }));
}
