import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is shared by the editor and the command-line tool: it must never need an editor.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must not import vscode: put editor code in src/extension.' },
          { name: 'pg', message: 'src/core knows no database: the archive client lives in src/archive.' },
        ],
        patterns: [{ group: ['**/extension/**', '**/cli/**', '**/node/**', '**/archive/**'], message: 'src/core depends on nothing outside src/core.' }],
      }],
    },
  },
  {
    // The editor loads the archive client (dist/archive.js) on first use: activation never loads pg.
    files: ['src/extension/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'pg', message: 'the editor reaches PostgreSQL only through the lazily loaded archive client.' }],
        patterns: [{ group: ['**/archive/**'], allowTypeImports: true, message: 'import only types from src/archive: the editor loads dist/archive.js on first use (see features/archive.ts).' }],
      }],
    },
  },
  {
    // Reading an article knows nothing of the corpus, search or verification built on top of it.
    files: ['src/core/reading/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must not import vscode: put editor code in src/extension.' }],
        patterns: [
          { group: ['**/extension/**', '**/cli/**', '**/node/**'], message: 'src/core depends on nothing outside src/core.' },
          { group: ['**/search/**', '**/verification/**', '**/corpus/**'], message: 'src/core/reading must not import the corpus, search or verification: they build on reading, not the other way round.' },
        ],
      }],
    },
  },
);
