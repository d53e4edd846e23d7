/**
 * The script's global object under the name gas-webpack-plugin looks for (`global.name = fn`,
 * see main.ts). @types/node declares it too; tsconfig.gas.json, which types only what runs on
 * Google, does not load Node's types.
 */
declare var global: typeof globalThis;
