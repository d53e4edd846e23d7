/**
 * npm run deploy's steps (scripts/deploy.ts) against a fake clasp: what it runs, in which order,
 * with which arguments, and how it reads clasp's --json answers. No Google involved.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_DEPLOYMENT,
  deploy,
  deployReport,
  parseClaspJson,
  parseDeployArgs,
  type Runner,
  readScriptId,
} from "../../scripts/deploy";

interface FakeClasp {
  run: Runner;
  /** Each command as `program arg arg`, clasp's path shortened to `clasp`. */
  log: string[][];
}

/** A clasp whose project has the given deployments and `version` versions already. */
function fakeClasp(
  deployments: { deploymentId: string; versionNumber?: number; description?: string }[],
  version = 6,
  dirty = false,
): FakeClasp {
  const log: string[][] = [];
  const run: Runner = async (command, args) => {
    const program = command.endsWith("clasp") ? "clasp" : command;
    log.push([program, ...args]);
    if (program === "git") return args[0] === "rev-parse" ? "abc1234\n" : dirty ? " M src/gas/main.ts\n" : "";
    if (program !== "clasp") return "";
    const flag = (name: string) => args[args.indexOf(name) + 1];
    switch (args[0]) {
      case "create-version":
        return `${JSON.stringify({ versionNumber: version + 1 }, null, 2)}\n`;
      case "list-deployments":
        return JSON.stringify(deployments, null, 2);
      case "update-deployment":
        return JSON.stringify({
          deploymentId: args[1],
          versionNumber: Number(flag("--versionNumber")),
          description: flag("--description"),
        });
      case "create-deployment":
        return JSON.stringify({
          deploymentId: "AKfyNEW",
          versionNumber: Number(flag("--versionNumber")),
          description: flag("--description"),
        });
      default:
        return "";
    }
  };
  return { run, log };
}

const HEAD = { deploymentId: "AKfyHEAD" };
const options = { description: "Pengingat bulanan", deployment: DEFAULT_DEPLOYMENT };

describe("npm run deploy", () => {
  it("builds, pushes, makes a version and points the named deployment at it", async () => {
    const clasp = fakeClasp([
      HEAD,
      { deploymentId: "AKfyOLD", versionNumber: 5, description: DEFAULT_DEPLOYMENT },
    ]);
    const result = await deploy(clasp.run, options);
    expect(clasp.log.filter(([program]) => program !== "git")).toEqual([
      ["npm", "run", "build"],
      ["clasp", "push", "--force"],
      ["clasp", "create-version", "Pengingat bulanan (abc1234)", "--json"],
      ["clasp", "list-deployments", "--json"],
      [
        "clasp",
        "update-deployment",
        "AKfyOLD",
        "--versionNumber",
        "7",
        "--description",
        DEFAULT_DEPLOYMENT,
        "--json",
      ],
    ]);
    expect(result).toEqual({
      versionNumber: 7,
      versionDescription: "Pengingat bulanan (abc1234)",
      deploymentId: "AKfyOLD",
      deployment: DEFAULT_DEPLOYMENT,
      created: false,
    });
  });

  it("creates the named deployment the first time, leaving the others alone", async () => {
    const clasp = fakeClasp(
      [HEAD, { deploymentId: "AKfyWEB", versionNumber: 2, description: "Uji coba" }],
      0,
    );
    const result = await deploy(clasp.run, options);
    expect(clasp.log.at(-1)).toEqual([
      "clasp",
      "create-deployment",
      "--versionNumber",
      "1",
      "--description",
      DEFAULT_DEPLOYMENT,
      "--json",
    ]);
    expect(result).toMatchObject({ versionNumber: 1, deploymentId: "AKfyNEW", created: true });
  });

  it("says in the version when it was built from uncommitted changes", async () => {
    const clasp = fakeClasp([HEAD], 3, true);
    const result = await deploy(clasp.run, options);
    expect(result.versionDescription).toBe("Pengingat bulanan (abc1234, uncommitted changes)");
  });

  it("refuses to guess between two deployments of the same name, after making the version", async () => {
    const twins = [1, 2].map((n) => ({
      deploymentId: `AKfy${n}`,
      versionNumber: n,
      description: DEFAULT_DEPLOYMENT,
    }));
    const clasp = fakeClasp(twins);
    await expect(deploy(clasp.run, options)).rejects.toThrow(
      /2 deployments are named "Laporan Layanan \(add-on\)" \(AKfy1, AKfy2\)/,
    );
    expect(clasp.log.some(([, sub]) => sub === "update-deployment" || sub === "create-deployment")).toBe(
      false,
    );
  });

  it("stops before deploying when a step fails", async () => {
    const clasp = fakeClasp([HEAD]);
    const failing: Runner = async (command, args, capture) => {
      if (args[0] === "push") throw new Error("clasp push exited with 1");
      return clasp.run(command, args, capture);
    };
    await expect(deploy(failing, options)).rejects.toThrow("clasp push exited with 1");
    expect(clasp.log.some(([, sub]) => sub === "create-version")).toBe(false);
  });

  it("prints the version number and the script ID the Marketplace SDK asks for", () => {
    const text = deployReport(
      {
        versionNumber: 7,
        versionDescription: "x (abc1234)",
        deploymentId: "AKfyOLD",
        deployment: DEFAULT_DEPLOYMENT,
        created: false,
      },
      "1AbCdEfGhIjKlMnOpQrStUvWxYz",
    );
    expect(text).toContain("Version 7: x (abc1234)");
    expect(text).toMatch(/version number +7/);
    expect(text).toMatch(/script ID +1AbCdEfGhIjKlMnOpQrStUvWxYz/);
    expect(text).toContain('Deployment "Laporan Layanan (add-on)" updated: AKfyOLD @7');
  });
});

describe("reading clasp's answers", () => {
  it("skips a notice before the JSON and explains output that is not JSON", () => {
    expect(parseClaspJson('Update available\n{\n  "versionNumber": 3\n}\n', "create-version")).toEqual({
      versionNumber: 3,
    });
    expect(() => parseClaspJson("Created version 3", "create-version")).toThrow(
      /did not print the JSON expected:\nCreated version 3/,
    );
  });

  it("rejects a version answer without a version number", async () => {
    const clasp = fakeClasp([HEAD]);
    const noVersion: Runner = async (command, args, capture) =>
      args[0] === "create-version" ? "{}" : clasp.run(command, args, capture);
    await expect(deploy(noVersion, options)).rejects.toThrow(
      "clasp create-version gave no version number: {}",
    );
  });

  it("reads the script ID from .clasp.json and explains when it is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "clasp-"));
    expect(() => readScriptId(join(dir, ".clasp.json"))).toThrow(/No \.clasp\.json/);
    writeFileSync(join(dir, ".clasp.json"), JSON.stringify({ scriptId: "<ID skrip Anda>", rootDir: "dist" }));
    expect(() => readScriptId(join(dir, ".clasp.json"))).toThrow(/no valid scriptId/);
    writeFileSync(
      join(dir, ".clasp.json"),
      JSON.stringify({ scriptId: "1AbCdEfGhIjKlMnOpQrStUvWxYz_-0", rootDir: "dist" }),
    );
    expect(readScriptId(join(dir, ".clasp.json"))).toBe("1AbCdEfGhIjKlMnOpQrStUvWxYz_-0");
  });
});

describe("deploy's arguments", () => {
  it("needs a description and takes another deployment name", () => {
    expect(parseDeployArgs(["--description", " Perbaikan grafik "])).toEqual({
      ok: true,
      options: { description: "Perbaikan grafik", deployment: DEFAULT_DEPLOYMENT },
    });
    expect(parseDeployArgs(["--description", "x", "--deployment", "Uji"])).toMatchObject({
      options: { deployment: "Uji" },
    });
    expect(parseDeployArgs([])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^--description is required/),
    });
    expect(parseDeployArgs(["--description"])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/needs a value/),
    });
    expect(parseDeployArgs(["--description", "x", "--force"])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Unknown argument --force/),
    });
    expect(parseDeployArgs(["--help"])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Usage: npm run deploy/),
    });
  });
});
