import Dexie, { type Transaction } from 'dexie';
import type { Recomposed } from '../model/compose-stored';
import { nowIso, sha256Hex } from '../model/ids';
import type { Annotation, Article } from '../model/types';

/**
 * The upgrade that composes stored text (NFC), as loaders now compose it
 * (docs/loading.md): every article whose text is not NFC gets its document's
 * text runs and its text composed and its hash recomputed; its annotations
 * move onto the composed text through the same diff as a new version, and
 * orphans, mapped onto the composed text they describe, learn which text
 * that is (`textHash`), so a later version maps them from it. An article
 * that cannot be composed run by run is left as it was. Running it again
 * changes nothing.
 */
export async function composeStoredText(tx: Transaction): Promise<void> {
  const articles = tx.table<Article, string>('articles');
  const annotations = tx.table<Annotation, string>('annotations');
  const all = await articles.toArray();
  if (all.every(a => a.text === a.text.normalize('NFC'))) return;
  // the diff mapping loads only when there is something to compose (waitFor keeps the upgrade open)
  const { composeAnnotations, composeArticle } = await Dexie.waitFor(
    import('../model/compose-stored'),
  );
  const composed = all.flatMap(a => composeArticle(a) ?? []);
  // hashing is not IndexedDB work: Dexie.waitFor keeps the upgrade open meanwhile
  const hashes = await Dexie.waitFor(Promise.all(composed.map(c => sha256Hex(c.text))));
  const recomposed = new Map<string, Recomposed>();
  composed.forEach((c, i) => {
    const afterHash = hashes[i] as string;
    recomposed.set(c.article.textHash, {
      before: c.article.text,
      beforeHash: c.article.textHash,
      after: c.text,
      afterHash,
    });
  });
  const byId = new Map(all.map(a => [a.id, a]));
  const chain = (id: string) => {
    const out: { text: string; hash: string }[] = [];
    const seen = new Set<string>();
    for (let a = byId.get(id); a && !seen.has(a.id); a = byId.get(a.previousVersionId ?? '')) {
      seen.add(a.id);
      out.push({ text: a.text, hash: a.textHash });
    }
    return out;
  };
  const now = nowIso();
  const changed = composeAnnotations(await annotations.toArray(), chain, recomposed, now);
  await articles.bulkPut(
    composed.map(c => ({
      ...c.article,
      doc: c.doc,
      text: c.text,
      textHash: (recomposed.get(c.article.textHash) as Recomposed).afterHash,
    })),
  );
  await annotations.bulkPut(changed);
}
