import type { Tombstone } from '../model/tombstone';
import type { Annotation, Article } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';
import { exportAnnotatedJson } from './annotated-json-export';
import { parseAnnotatedJson } from './annotated-json-import';
import { formatPath } from './import-error';
import { findForbiddenKey, isPlainObject } from './json-guards';
import { RECORD_LIMITS } from '../model/record-limits';

export const BACKUP_TYPE = 'FactmarkLibraryBackup';
export const BACKUP_VERSION = 1;
/** The largest backup read (the bytes of the file). */
export const BACKUP_MAX_BYTES = 512 * 1024 * 1024;
const MAX_ARTICLES = 100_000;
const MAX_ROWS = 1_000_000;

/** A key–value row of the settings, as stored. */
export interface BackupSetting {
  key: string;
  value: unknown;
}

/** The whole library as a backup carries it. */
export interface LibraryBackup {
  articles: { article: Article; annotations: Annotation[] }[];
  tombstones: Tombstone[];
  settings: BackupSetting[];
}

/**
 * The library as one JSON file (docs/format.md, "Library backup"): every
 * article, each version its own, as the annotated JSON of its annotations
 * (the format import reads and checks), then the tombstones of deleted
 * annotations and every setting (scale, reviewer, reference names,
 * dismissed suggestions, filters …) as stored. Ends in a newline.
 */
export function writeLibraryBackup(
  library: LibraryBackup,
  { scale, generated }: { scale: VerdictScale; generated: string },
): string {
  const articles = library.articles.map(({ article, annotations }) =>
    exportAnnotatedJson(article, annotations, { scale, generated }).trimEnd(),
  );
  const head = JSON.stringify({
    type: BACKUP_TYPE,
    'factmark:backupVersion': BACKUP_VERSION,
    generated,
    tombstones: library.tombstones,
    settings: library.settings,
  });
  // the articles are written as export writes them; the rest stays one line
  return `${head.slice(0, -1)},\n"articles": [\n${articles.join(',\n')}\n]}\n`;
}

/** A backup read: its parts still to check, or why it is not one. */
export type BackupEnvelope =
  | { ok: true; articles: unknown[]; tombstones: Tombstone[]; settings: BackupSetting[] }
  | { ok: false; reason: string; technical?: string };

const refuse = (reason: string, technical?: string): BackupEnvelope => ({
  ok: false,
  reason,
  ...(technical !== undefined && { technical }),
});

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const short = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;

/** The most revisions a tombstone's chain may list (a chain is kept short; this bounds a hostile one). */
const MAX_REVS = 1000;

function tombstoneOf(x: unknown): Tombstone | undefined {
  if (!isPlainObject(x)) return undefined;
  const { id, articleId, by, at, byId, revs } = x;
  if (!short(id, 200) || !short(articleId, 200) || !short(by, RECORD_LIMITS.nameLength))
    return undefined;
  if (typeof at !== 'string' || !ISO.test(at) || Number.isNaN(Date.parse(at))) return undefined;
  // who deleted it and the chain it had (schema version 5 on) travel too, or a merge loses them
  if (byId !== undefined && !short(byId, 200)) return undefined;
  const chain = Array.isArray(revs) && revs.length <= MAX_REVS && revs.every(r => short(r, 200));
  if (revs !== undefined && !chain) return undefined;
  return {
    id: id.toLowerCase(),
    articleId: articleId.toLowerCase(),
    by,
    ...(byId !== undefined && { byId: byId.toLowerCase() }),
    at,
    ...(chain && { revs: [...(revs as string[])] }),
  };
}

/**
 * The first gate of a backup: JSON, no key that could pollute prototypes,
 * the type and a version this app reads, and well-formed tombstones and
 * settings. The articles are checked by `checkBackupArticles`, against the
 * scale they will be shown with.
 */
export function readBackupEnvelope(text: string): BackupEnvelope {
  let root: unknown;
  const json = text.replace(/^\uFEFF/, '');
  try {
    root = JSON.parse(json);
  } catch (e) {
    return refuse(
      'It is not JSON, or it was cut short.',
      e instanceof Error ? e.message : String(e),
    );
  }
  if (!isPlainObject(root) || root.type !== BACKUP_TYPE)
    return refuse(
      'It is not a Factmark library backup.',
      `$.type: ${JSON.stringify(root && (root as { type?: unknown }).type)}`,
    );
  const forbidden = findForbiddenKey(root, json);
  if (forbidden)
    return refuse(
      'It holds a key (such as “__proto__”) that could tamper with the app.',
      formatPath(forbidden),
    );
  const version = root['factmark:backupVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version))
    return refuse('It is not a Factmark library backup.', '$.factmark:backupVersion is missing');
  if (version > BACKUP_VERSION)
    return refuse(
      'It was made by a newer Factmark: update this one to restore it.',
      `backup version ${version}`,
    );
  const { articles, tombstones, settings } = root;
  if (!Array.isArray(articles) || articles.length > MAX_ARTICLES)
    return refuse('Its list of articles is missing or too long.', '$.articles');
  if (!Array.isArray(tombstones) || tombstones.length > MAX_ROWS)
    return refuse('Its list of deleted annotations is damaged.', '$.tombstones');
  if (!Array.isArray(settings) || settings.length > MAX_ROWS)
    return refuse('Its settings are damaged.', '$.settings');
  const stones: Tombstone[] = [];
  for (const [i, t] of tombstones.entries()) {
    const stone = tombstoneOf(t);
    if (!stone) return refuse('Its list of deleted annotations is damaged.', `$.tombstones[${i}]`);
    stones.push(stone);
  }
  const rows: BackupSetting[] = [];
  for (const [i, s] of settings.entries()) {
    if (!isPlainObject(s) || !short(s.key, 300) || !/^[\w.:-]+$/.test(s.key) || !('value' in s))
      return refuse('Its settings are damaged.', `$.settings[${i}]`);
    rows.push({ key: s.key, value: s.value });
  }
  return { ok: true, articles, tombstones: stones, settings: rows };
}

/** An article of a backup, checked as an annotated-JSON import is. */
export interface BackupArticle {
  article: Article;
  annotations: Annotation[];
  described?: { text: string; hash: string };
}

/**
 * Checks every article of a backup through the annotated-JSON gate
 * (`parseAnnotatedJson`: structure, limits, text hash, document, offsets,
 * URLs, verdicts on `scale`, ids), all before anything is written. Resolves
 * to them in the backup's order, or to the first problem, naming the article.
 */
export async function checkBackupArticles(
  articles: readonly unknown[],
  scale: VerdictScale,
): Promise<
  { ok: true; articles: BackupArticle[] } | { ok: false; reason: string; technical: string }
> {
  const checked: BackupArticle[] = [];
  for (const [i, entry] of articles.entries()) {
    const parsed = await parseAnnotatedJson(JSON.stringify(entry), {}, scale);
    if (!parsed.ok) {
      const title =
        isPlainObject(entry) && typeof entry.label === 'string'
          ? `“${entry.label.slice(0, 80)}”`
          : `number ${i + 1}`;
      return {
        ok: false,
        reason: `Article ${title} in it is damaged or not what Factmark expects: ${parsed.error.message.slice(0, 200)}.`,
        technical: `$.articles[${i}]${parsed.error.path.slice(1)}: ${parsed.error.message}`,
      };
    }
    checked.push({
      article: parsed.article,
      annotations: parsed.annotations,
      ...(parsed.described && { described: parsed.described }),
    });
  }
  return { ok: true, articles: checked };
}
