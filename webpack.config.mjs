/**
 * Builds the server side of what `clasp push` uploads from dist/: Code.js (the Apps Script code)
 * and appsscript.json. The HTML pages (dist/Sidebar.html, dist/Dialog.html) are built by
 * scripts/build-pages.ts, which `npm run build` runs next.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyPlugin from "copy-webpack-plugin";
import GasPlugin from "gas-webpack-plugin";

const root = path.dirname(fileURLToPath(import.meta.url));
export const distDir = path.join(root, "dist");

/** TypeScript via esbuild; ES2020 is well inside what Apps Script's V8 runs. */
export const tsRule = {
  test: /\.ts$/,
  exclude: /node_modules/,
  loader: "esbuild-loader",
  options: { loader: "ts", target: "es2020" },
};

/** @type {import("webpack").Configuration} */
export const appsScript = {
  name: "apps-script",
  context: root,
  mode: "production",
  // A plain script for Apps Script's V8: no browser or Node platform, no module loading.
  target: ["es2020"],
  entry: { Code: "./src/gas/main.ts" },
  output: { path: distDir, filename: "[name].js", chunkFormat: false, chunkLoading: false, iife: true },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [tsRule] },
  // Apps Script reports errors by file and line: keep the bundle readable, no eval source maps.
  devtool: false,
  optimization: { minimize: false, concatenateModules: true },
  performance: { hints: false },
  plugins: [
    new GasPlugin({ comment: true }),
    new CopyPlugin({ patterns: [{ from: "appsscript.json", to: distDir }] }),
  ],
};

export default [appsScript];
