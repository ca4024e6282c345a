// The progress of a review in words, the same in the sidebar and the library.

/** "1 claim" / "3 claims". */
export const claimsText = (n: number) => `${n} ${n === 1 ? 'claim' : 'claims'}`;

/** "1 annotation" / "3 annotations". */
export const annotationsText = (n: number) => `${n} ${n === 1 ? 'annotation' : 'annotations'}`;

/** "2 of 3 claims checked": checked means the claim's status says so. */
export const claimsCheckedText = (checked: number, claims: number) =>
  `${checked} of ${claimsText(claims)} checked`;

/** "3 with a verdict": claims given a verdict that counts, whatever their status. */
export const withVerdictText = (n: number) => `${n} with a verdict`;
