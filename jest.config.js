/**
 * One jest configuration for the whole workspace. Tests run as ES modules (the @actions/* packages are
 * ESM-only) on the Node 24 that `pnpm install` provides.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/actions', '<rootDir>/packages', '<rootDir>/test'],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', {useESM: true, tsconfig: '<rootDir>/tsconfig.json'}],
  },
  moduleNameMapper: {
    '^@deploy-actions/([^/]+)/(.*)$': '<rootDir>/packages/$1/src/$2',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  modulePathIgnorePatterns: ['<rootDir>/actions/.*/dist/'],
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/test/support/count-reporter.cjs'],
}
