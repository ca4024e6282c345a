import Dexie, { type EntityTable } from 'dexie';
import type { Annotation, Article } from '../model/types';

/** A key–value row of the settings table (reviewer name, last opened article, …). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** The one Factmark database. Schema changes add a version with an upgrade, never edit one. */
export class FactmarkDb extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = 'factmark') {
    super(name);
    this.version(1).stores({
      articles: 'id, updatedAt, textHash',
      annotations: 'id, articleId, [articleId+target.start]',
      settings: 'key',
    });
  }
}

/** The app's database. */
export const db = new FactmarkDb();
