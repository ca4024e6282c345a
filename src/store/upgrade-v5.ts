import type { Transaction } from 'dexie';
import { withDeskFields } from '../model/desk/desk-fields';
import type { Annotation } from '../model/types';

/**
 * Version 5 keeps each reviewer's assessment apart from the decision: an
 * annotation's verdict stays its decision and also becomes its creator's
 * assessment; the creator gets the reviewer id derived from their name (the
 * one this browser's reviewer gets from the same name, `readReviewer`); and
 * the annotation starts its revision chain (`withDeskFields`). A record that
 * has these already is left as it is, so the upgrade is safe to run twice.
 */
export function upgradeAnnotationToV5(annotation: Annotation): void {
  Object.assign(annotation, withDeskFields(annotation));
}

/** The version 5 upgrade of every stored annotation. */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx.table<Annotation>('annotations').toCollection().modify(upgradeAnnotationToV5);
}
