import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first. A clean clone (CI) has no timings cached, and
 * Vitest would start the biggest files first: a short file that runs long (the kill rounds)
 * would start last and leave one worker running it alone at the end.
 */
const LONG_FIRST = [
  'import-kill-1',
  'import-kill-2',
  'simultaneous-edits',
  'two-tab-edits',
  'desk-sync',
  'hostile-articles',
];

const rank = (file: TestSpecification) => {
  const at = LONG_FIRST.findIndex(name => file.moduleId.endsWith(`/${name}.e2e.ts`));
  return at < 0 ? LONG_FIRST.length : at;
};

/** Vitest's order, with the known long files moved to the front. */
export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}
