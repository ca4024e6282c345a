import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers of DESIGN.md may only import downward: ui → {editor, store, io} → model.
const forbid = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: groups.map(({ group, message }) => ({ group, message })),
    },
  ],
});
const ui = { group: ['**/ui/*', '**/ui'], message: 'Only src/ui may import React components.' };
const store = {
  group: ['**/store/*', 'dexie', 'dexie-react-hooks'],
  message: 'Storage belongs to src/store.',
};
const editor = { group: ['**/editor/*'], message: 'The editor layer is below ui only.' };
const io = { group: ['**/io/*'], message: 'Import/export belongs to src/io.' };
const react = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'React belongs to src/ui.',
};
const prosemirror = { group: ['prosemirror-*'], message: 'src/model is pure: no ProseMirror.' };

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
  { files: ['src/io/**'], rules: forbid(ui, store, react) },
);
