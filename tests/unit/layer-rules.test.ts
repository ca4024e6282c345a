import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The layer-rule messages ESLint gives for `code` placed at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter(m => m.ruleId === 'no-restricted-imports')
    .map(m => m.message);
}

describe('the layer rules of DESIGN.md', () => {
  it.each([
    ['src/model/x.ts', "import { useState } from 'react';"],
    ['src/model/x.ts', "import { Schema } from 'prosemirror-model';"],
    ['src/model/x.ts', "import Dexie from 'dexie';"],
    ['src/editor/x.ts', "import { db } from '../store/db';"],
    ['src/editor/x.ts', "import { App } from '../ui/App';"],
    ['src/store/x.ts', "import { articleSchema } from '../editor/schema';"],
    ['src/io/x.ts', "import { db } from '../store/db';"],
  ])('refuses in %s: %s', async (filePath, line) => {
    expect(await layerErrors(filePath, `${line}\nexport const used = 1;\n`)).toHaveLength(1);
  });

  it.each([
    ['src/ui/x.ts', "import { db } from '../store/db';"],
    ['src/io/x.ts', "import { articleSchema } from '../editor/schema';"],
    ['src/store/x.ts', "import type { Annotation } from '../model/types';"],
  ])('allows in %s: %s', async (filePath, line) => {
    expect(await layerErrors(filePath, `${line}\nexport const used = 1;\n`)).toEqual([]);
  });
});
