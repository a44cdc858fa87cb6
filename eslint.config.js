import tsParser from '@typescript-eslint/parser'
import regexp from 'eslint-plugin-regexp'

// Note: this config lints regular expressions only: no super-linear backtracking or moves (ReDoS),
// and the regexp rules that find real mistakes. Style is left to code review.
export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tsParser },
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-potentially-useless-backreference': 'error',
    },
  },
]
