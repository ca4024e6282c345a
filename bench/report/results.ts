import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import { ROOT } from '../harness/server';

/** bench/results/: the committed reports (small JSON and one PNG), nothing generated in bulk. */
export const RESULTS_DIR = path.join(ROOT, 'bench/results');

/** Writes `data` as JSON to bench/results/`name`, formatted as `prettier --check` expects; returns the path. */
export async function writeResult(name: string, data: unknown): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name);
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(JSON.stringify(data), { ...options, filepath: file }));
  return file;
}
