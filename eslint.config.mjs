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
        paths: [{ name: 'vscode', message: 'src/core must not import vscode: put editor code in src/extension.' }],
        patterns: [{ group: ['**/extension/**', '**/cli/**', '**/node/**'], message: 'src/core depends on nothing outside src/core.' }],
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
