import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // The bundle test may build dist/ first and the browser tests launch Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
