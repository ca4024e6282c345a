import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Tombstone } from '../model/tombstone';
import type { Annotation, Article } from '../model/types';
import { composeStoredText } from './compose-upgrade';
import { upgradeToV3 } from './upgrade-v3';
import { upgradeToV5 } from './upgrade-v5';
import { WRITE_MARKS, writeMarks, type WriteMark } from './write-marks';

/** A key–value row of the settings table (reviewer name, last opened article, …). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** Version 1's tables and indexes; versions 2, 4 and 5 changed records, not indexes. */
const STORES_V1 = {
  articles: 'id, updatedAt, textHash',
  annotations: 'id, articleId, [articleId+target.start]',
  settings: 'key',
};

/**
 * Version 2 gives every annotation a `history` of its verdict and status
 * changes. What happened before the upgrade is unknown, so it starts empty;
 * a record that already has one (the upgrade ran, or a newer build wrote it)
 * is left as it is, which makes the upgrade safe to run twice.
 */
export function upgradeAnnotationToV2(annotation: Partial<Annotation>): void {
  if (!Array.isArray(annotation.history)) annotation.history = [];
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table<Annotation>('annotations').toCollection().modify(upgradeAnnotationToV2);
}

/** Version 3 adds the tombstones of deleted annotations (`upgradeToV3` lower-cases ids). */
const STORES_V3 = { ...STORES_V1, tombstones: 'id, articleId' };

/** Version 6 adds the marks of the last write to annotations and tombstones (`writeMarks`). */
const STORES_V6 = { ...STORES_V3, [WRITE_MARKS]: 'table' };

/** The one Factmark database. Schema changes add a version with an upgrade, never edit one. */
export class FactmarkDb extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  /** What is left of each deleted annotation, so an import does not bring it back. */
  tombstones!: EntityTable<Tombstone, 'id'>;
  /** A mark per table, new with each transaction that writes it (`writeMarks`). */
  writeMarks!: EntityTable<WriteMark, 'table'>;

  constructor(name = 'factmark') {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V1).upgrade(upgradeToV2);
    this.version(3).stores(STORES_V3).upgrade(upgradeToV3);
    this.version(4).stores(STORES_V3).upgrade(composeStoredText);
    this.version(5).stores(STORES_V3).upgrade(upgradeToV5);
    this.version(6).stores(STORES_V6);
    this.use(writeMarks);
  }
}

/** The app's database. */
export const db = new FactmarkDb();
