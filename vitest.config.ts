import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    // The evaluation gates read the shared corpora and run whole models over dev splits: ~30 s on an
    // idle 2-core machine, several times that when the machine is busy.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
