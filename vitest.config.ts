import { defineConfig } from "vitest/config";

// Kept apart from vite.config.ts: the React Router plugin must not load under Vitest.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    // Vitest leaves one core free by default; on a 2-core machine that runs the answer-set walk on one.
    maxWorkers: 2,
  },
});
