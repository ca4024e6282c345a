import { useEffect, useMemo, useState } from 'react';
import { DESK_SYNC, readDeskSync, type DeskSyncSettings } from '../../store/desk-sync-settings';
import type { SyncReport } from '../../sync/sync-state';
import { useSetting } from '../common/use-setting';

/** What the sidebar shows of the desk: the settings (null while sync is off) and the report. */
export interface DeskSyncView {
  settings: DeskSyncSettings | null;
  report: SyncReport | null;
}

/**
 * Syncs the open article with the desk while sync is on. The sync code
 * (Yjs, Hocuspocus) is its own chunk, loaded by this dynamic import the
 * first time sync is on, never before: the first screen does not carry it.
 */
export function useDeskSync(articleId: string): DeskSyncView {
  const stored = useSetting<unknown>(DESK_SYNC);
  const settings = useMemo(() => readDeskSync(stored?.value) ?? null, [stored]);
  const url = settings?.url;
  const token = settings?.token;
  const [report, setReport] = useState<SyncReport | null>(null);
  useEffect(() => {
    if (!url || !token) return;
    let stop: (() => void) | null = null;
    let gone = false;
    void import('../../sync/desk-sync-session').then(({ startDeskSync }) => {
      if (gone) return;
      stop = startDeskSync({ url, token, articleId, onReport: setReport }).stop;
    });
    return () => {
      gone = true;
      stop?.();
      setReport(null);
    };
  }, [url, token, articleId]);
  return { settings, report };
}
