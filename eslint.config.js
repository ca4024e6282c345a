import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers and feature folders of docs/architecture.md, as failing checks:
// ui → {editor, store, io} → model, and inside src/ui one folder per feature.

const deskServer = {
  group: ['**/desk-server/*'],
  message: 'The desk server runs in Node; the app never imports it.',
};

const SYNC_MESSAGE =
  'Sync (Yjs, Hocuspocus) belongs to src/sync, which only the UI’s sync feature loads (by a dynamic import) and the desk server shares.';
const syncEngine = {
  group: ['**/sync/*', 'yjs', '@hocuspocus/*', 'y-indexeddb', 'lib0', 'lib0/*'],
  message: SYNC_MESSAGE,
};
/** The same from inside src/ui, where `../sync/` is the UI's sync feature and src/sync is further up. */
const syncEngineFromUi = {
  regex: '^(\\.\\./){2,}sync/|^(yjs|y-indexeddb|lib0)(/|$)|^@hocuspocus/',
  message: SYNC_MESSAGE,
};

const rule = (patterns, always) => ({
  'no-restricted-imports': ['error', { patterns: [...patterns, ...always].map(p => ({ ...p })) }],
});

/**
 * `no-restricted-imports` refusing every pattern given (`{ group }` or `{ regex }` with a
 * message), the desk server, which no file of the app may import, and the sync layer.
 */
const forbid = (...patterns) => rule(patterns, [deskServer, syncEngine]);
/** `forbid` for a file in a folder of src/ui. */
const forbidInUi = (...patterns) => rule(patterns, [deskServer, syncEngineFromUi]);
/** `forbid` without the sync layer: for the sync layer itself, the UI's sync feature and the desk server. */
const forbidButSync = (...patterns) => rule(patterns, [deskServer]);

const ui = { group: ['**/ui/*', '**/ui'], message: 'Only src/ui may import React components.' };
const store = {
  group: ['**/store/*', 'dexie', 'dexie-react-hooks'],
  message: 'Storage belongs to src/store.',
};
const editor = { group: ['**/editor/*'], message: 'The editor layer is below ui only.' };
const editorButDocs = {
  group: ['**/editor/*', '!**/editor/schema', '!**/editor/text-map'],
  message: 'io may use only the editor’s schema and text map, to build and read documents.',
};
const io = { group: ['**/io/*'], message: 'Import/export belongs to src/io.' };
const react = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'React belongs to src/ui.',
};
const prosemirror = { group: ['prosemirror-*'], message: 'src/model is pure: no ProseMirror.' };
const database = {
  group: ['**/store/db'],
  message: 'The UI reads and writes through the store’s functions, never the database itself.',
};

/** The feature folders of src/ui; `app` and `workspace` are where features meet. */
const FEATURES = [
  'article',
  'annotations',
  'suggestions',
  'transfer',
  'library',
  'scale',
  'desk',
  'sync',
];
const otherFeature = {
  regex: '^\\.\\./(?!common/|\\.\\./)|^(\\.\\./){2,}ui/',
  message:
    'A feature folder imports only itself, ui/common and the layers below; features meet in ui/workspace and ui/app.',
};
const anyFeature = {
  regex: '^\\.\\./(?!\\.\\./)|^(\\.\\./){2,}ui/',
  message: 'ui/common is shared by every feature, so it imports none of them.',
};
const app = { regex: '^\\.\\./app/', message: 'Only main.tsx imports the app.' };
const component = {
  regex: '(^|/)[A-Z][^/]*$',
  caseSensitive: true,
  message: 'A hook imports no component: move what it needs into a .ts module.',
};

/** The rules of the files in `folder` of src/ui, and of its hooks (`use-*.ts`), which import no component. */
const uiFolder = (folder, ...patterns) => [
  { files: [`src/ui/${folder}/**`], rules: forbidInUi(database, ...patterns) },
  { files: [`src/ui/${folder}/**/use-*.ts`], rules: forbidInUi(database, component, ...patterns) },
];

export default tseslint.config(
  // scripts/tmp/ is git-ignored scratch space
  { ignores: ['dist', 'node_modules', 'test-results', 'bench/out', 'scripts/tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['src/model/**'], rules: forbid(ui, store, editor, io, react, prosemirror) },
  { files: ['src/editor/**'], rules: forbid(ui, store, io, react) },
  { files: ['src/store/**'], rules: forbid(ui, editor, io, react) },
  { files: ['src/io/**'], rules: forbid(ui, store, react, editorButDocs) },
  { files: ['src/ui/*'], rules: forbid(database) },
  // the service worker is built alone into /sw.js (scripts/offline-plugin.ts): it imports nothing
  {
    files: ['src/offline/**'],
    rules: rule(
      [{ regex: '.', message: 'The service worker is built alone: it imports nothing.' }],
      [],
    ),
  },
  // the desk server runs in Node: it shares the model and the security policy, nothing of the app
  {
    files: ['src/desk-server/**'],
    rules: forbidButSync(ui, store, editor, io, react, prosemirror),
  },

  ...uiFolder('app'),
  ...uiFolder('workspace', app),
  ...FEATURES.flatMap(feature => uiFolder(feature, otherFeature)),
  ...uiFolder('common', anyFeature),
  // sync: Yjs and Hocuspocus stay in src/sync, which reaches Dexie only through the store
  { files: ['src/sync/**'], rules: forbidButSync(ui, editor, react, database) },
  { files: ['src/ui/sync/**'], rules: forbidButSync(database, otherFeature) },
  { files: ['src/ui/sync/**/use-*.ts'], rules: forbidButSync(database, component, otherFeature) },
);
