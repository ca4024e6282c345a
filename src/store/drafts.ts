import { parseDraft, type Draft } from '../model/draft';
import { db } from './db';

/** The setting that holds the open form's draft of an article (one form is open at a time). */
export const draftKey = (articleId: string) => `draft:${articleId}`;

/** The article's draft, or null when there is none or the stored row is not a draft. */
export async function loadDraft(articleId: string): Promise<Draft | null> {
  const draft = parseDraft((await db.settings.get(draftKey(articleId)))?.value);
  return draft?.articleId === articleId ? draft : null;
}

/** Keeps the form as typed; the next keep replaces it. */
export async function keepDraft(draft: Draft): Promise<void> {
  await db.settings.put({ key: draftKey(draft.articleId), value: draft });
}

/** Forgets the article's draft: it was saved, or the reviewer discarded it. */
export async function dropDraft(articleId: string): Promise<void> {
  await db.settings.delete(draftKey(articleId));
}
