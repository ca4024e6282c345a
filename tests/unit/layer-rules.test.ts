import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The import-rule messages ESLint gives for `code` placed at `filePath`. */
async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter(m => m.ruleId === 'no-restricted-imports')
    .map(m => m.message);
}

const refused = async (filePath: string, line: string) =>
  expect(await importErrors(filePath, `${line}\nexport const used = 1;\n`)).toHaveLength(1);
const allowed = async (filePath: string, line: string) =>
  expect(await importErrors(filePath, `${line}\nexport const used = 1;\n`)).toEqual([]);

describe('the layer rules of docs/architecture.md', () => {
  it.each([
    ['src/model/x.ts', "import { useState } from 'react';"],
    ['src/model/x.ts', "import { Schema } from 'prosemirror-model';"],
    ['src/model/x.ts', "import Dexie from 'dexie';"],
    ['src/editor/x.ts', "import { db } from '../store/db';"],
    ['src/editor/x.ts', "import { App } from '../ui/app/App';"],
    ['src/store/x.ts', "import { articleSchema } from '../editor/schema';"],
    ['src/io/x.ts', "import { db } from '../store/db';"],
    // io builds and reads documents with the editor's schema and text map, and nothing else of it
    ['src/io/x.ts', "import { highlightPlugin } from '../editor/highlight-plugin';"],
    // the UI goes through the store's functions, never the database
    ['src/ui/x.ts', "import { db } from '../store/db';"],
    ['src/ui/annotations/x.ts', "import { db } from '../../store/db';"],
    ['src/ui/workspace/x.ts', "import type { FactmarkDb } from '../../store/db';"],
    // the desk server runs in Node, apart from the app, and takes nothing of the app but the model
    ['src/ui/workspace/x.ts', "import { startDesk } from '../../desk-server/desk-server';"],
    ['src/store/x.ts', "import { tokenHash } from '../desk-server/reviewers';"],
    ['src/desk-server/x.ts', "import { db } from '../store/db';"],
    ['src/desk-server/x.ts', "import { loadArticle } from '../io/load-article';"],
    // Yjs and Hocuspocus stay in src/sync, which only the UI's sync feature loads
    ['src/model/x.ts', "import * as Y from 'yjs';"],
    ['src/store/x.ts', "import { HocuspocusProvider } from '@hocuspocus/provider';"],
    ['src/store/x.ts', "import { documentName } from '../sync/shared-article';"],
    ['src/ui/workspace/x.ts', "import { startArticleSync } from '../../sync/article-sync';"],
    ['src/ui/annotations/x.ts', "import * as Y from 'yjs';"],
    ['src/sync/x.ts', "import { App } from '../ui/app/App';"],
    ['src/sync/x.ts', "import { db } from '../store/db';"],
  ])('refuses in %s: %s', refused);

  it.each([
    ['src/ui/annotations/x.ts', "import { listAnnotations } from '../../store/annotations';"],
    ['src/io/x.ts', "import { articleSchema } from '../editor/schema';"],
    ['src/io/x.ts', "import { TextMap } from '../editor/text-map';"],
    ['src/desk-server/x.ts', "import { SECURITY_HEADERS } from '../security-policy';"],
    ['src/store/x.ts', "import type { Annotation } from '../model/types';"],
    ['src/sync/x.ts', "import * as Y from 'yjs';"],
    ['src/sync/x.ts', "import { applySynced } from '../store/sync-store';"],
    ['src/ui/sync/x.ts', "import type { SyncReport } from '../../sync/sync-state';"],
    ['src/ui/workspace/x.ts', "import { DeskSyncStatus } from '../sync/DeskSyncStatus';"],
    ['src/desk-server/x.ts', "import { refusal } from '../sync/desk-rules';"],
  ])('allows in %s: %s', allowed);
});

describe('the feature folders of src/ui', () => {
  it.each([
    ['src/ui/annotations/X.tsx', "import { ArticleView } from '../article/ArticleView';"],
    [
      'src/ui/suggestions/x.ts',
      "import { useAnnotationSession } from '../workspace/use-annotation-session';",
    ],
    ['src/ui/article/X.tsx', "import type { ExportFormat } from '../transfer/export-format';"],
    ['src/ui/scale/X.tsx', "import { App } from '../app/App';"],
    ['src/ui/library/deep/X.tsx', "import { Legend } from '../../../ui/scale/Legend';"],
    ['src/ui/common/X.tsx', "import { Legend } from '../scale/Legend';"],
    ['src/ui/common/x.ts', "import { Workspace } from '../workspace/Workspace';"],
    ['src/ui/workspace/X.tsx', "import { App } from '../app/App';"],
  ])('refuses in %s: %s', refused);

  it.each([
    ['src/ui/annotations/X.tsx', "import { Field } from '../common/Field';"],
    ['src/ui/annotations/X.tsx', "import { FilterBar } from './FilterBar';"],
    ['src/ui/annotations/X.tsx', "import { highlightsFor } from '../../editor/highlights';"],
    ['src/ui/workspace/X.tsx', "import { ArticleView } from '../article/ArticleView';"],
    ['src/ui/workspace/X.tsx', "import { SuggestionsTab } from '../suggestions/SuggestionsTab';"],
    ['src/ui/app/X.tsx', "import { Workspace } from '../workspace/Workspace';"],
    ['src/ui/app/X.tsx', "import { Library } from '../library/Library';"],
    ['src/ui/main.tsx', "import { App } from './app/App';"],
  ])('allows in %s: %s', allowed);
});

describe('hooks', () => {
  it.each([
    ['src/ui/suggestions/use-x.ts', "import { SuggestionsPanel } from './SuggestionsPanel';"],
    ['src/ui/transfer/use-x.ts', "import type { NoticeMessage } from '../common/Notice';"],
    [
      'src/ui/workspace/use-x.ts',
      "import type { ArticleViewHandle } from '../article/ArticleView';",
    ],
  ])('import no component: %s: %s', refused);

  it.each([
    ['src/ui/suggestions/use-x.ts', "import { suggestionLabel } from './suggestion-words';"],
    [
      'src/ui/workspace/use-x.ts',
      "import type { ArticleViewHandle } from '../article/article-view-handle';",
    ],
    ['src/ui/annotations/use-x.ts', "import { useSetting } from '../common/use-setting';"],
  ])('import modules that are not components: %s: %s', allowed);

  it('keep the rules of their folder too', async () => {
    await refused(
      'src/ui/annotations/use-x.ts',
      "import { useSpotting } from '../suggestions/use-spotting';",
    );
    await refused('src/ui/annotations/use-x.ts', "import { db } from '../../store/db';");
  });
});

describe('src/model', () => {
  it('is typechecked on its own without the DOM library (tsconfig.model.json)', () => {
    const { config } = ts.readConfigFile('tsconfig.model.json', ts.sys.readFile) as {
      config: unknown;
    };
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, '.');
    expect(parsed.options.lib?.some(lib => /dom/i.test(lib))).toBe(false);
    expect(parsed.options.types).toEqual([]);
    const model = parsed.fileNames.filter(f => f.includes('src/model/'));
    expect(model.length).toBeGreaterThan(30);
    const { references } = ts.readConfigFile('tsconfig.json', ts.sys.readFile).config as {
      references: { path: string }[];
    };
    expect(references.map(r => r.path)).toContain('./tsconfig.model.json');
  });
});
