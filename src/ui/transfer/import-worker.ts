// A module Web Worker: reading and checking a large annotated-JSON file takes seconds
// (a 114 MB file held the page for 44 s), and the page must stay responsive meanwhile.
import type { ParseResult } from '../../io/annotated-json-import';
import { checkAnnotatedBytes } from '../../io/check-annotated-bytes';
import type { Annotation } from '../../model/types';
import type { VerdictScale } from '../../model/verdict-scale';
import { readFileBytes } from './read-file-bytes';

/** What the page sends: the file, and the verdict scale its verdicts are checked against. */
export interface ImportCheckRequest {
  file: File;
  scale: VerdictScale;
}

/**
 * What the worker sends back: how much it has read, that it is checking, the
 * ids the file names (before it is checked), and then the result. A valid file comes in parts, the article first (its
 * `annotations` empty), then its annotations a slice at a time (`more`), the
 * last marked `done`: the page decodes each message in one task, and all of a
 * large file at once would hold it for seconds.
 */
export type ImportCheckMessage =
  | { read: number; total: number }
  | { checking: true }
  | { ids: string[] }
  | { result: ParseResult }
  | { more: Annotation[]; done: boolean };

/** Annotations per message: some tens of milliseconds of decoding for the page. */
const SLICE = 1000;

const post = (message: ImportCheckMessage) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<ImportCheckRequest>) => {
  try {
    const bytes = await readFileBytes(data.file, (read, total) => post({ read, total }));
    post({ checking: true });
    const result = await checkAnnotatedBytes(bytes, data.scale, ids => post({ ids }));
    if (!result.ok) return post({ result });
    const { annotations } = result;
    post({ result: { ...result, annotations: [] } });
    for (let i = 0; i < annotations.length || i === 0; i += SLICE) {
      const end = i + SLICE;
      post({ more: annotations.slice(i, end), done: end >= annotations.length });
    }
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    post({
      result: {
        ok: false,
        error: { path: '$', code: 'unreadable', message: `the file could not be read: ${why}` },
      },
    });
  }
};
