/**
 * npm run deploy -- --description "What changed" [--deployment NAME]
 *
 * Builds dist/, pushes it (clasp push --force), creates an immutable version with the
 * description (and the commit it was built from), and points one named deployment at it,
 * creating that deployment the first time. Prints the version number and the deployment ID:
 * the Google Workspace Marketplace SDK's app configuration asks for them (docs/deploy.md).
 *
 * The steps run through a `Runner`, so tests drive them with a fake clasp.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLASP = join(root, "node_modules", ".bin", "clasp");

/** The deployment a Marketplace listing points at; its description is its name. */
export const DEFAULT_DEPLOYMENT = "Laporan Layanan (add-on)";

export interface DeployOptions {
  description: string;
  deployment: string;
}

/**
 * Runs a command in the repository. With `capture`, resolves to its stdout (stderr still shown);
 * otherwise output goes to the terminal and it resolves to "". Rejects when the exit code is not 0.
 */
export type Runner = (command: string, args: readonly string[], capture: boolean) => Promise<string>;

export const USAGE = `Usage: npm run deploy -- --description "What changed" [--deployment NAME]

  --description TEXT  the version's description (required): what this release changes
  --deployment NAME   the deployment to point at the new version (default: "${DEFAULT_DEPLOYMENT}");
                      found by its description, created when there is none yet`;

export type ParsedArgs = { ok: true; options: DeployOptions } | { ok: false; message: string };

export function parseDeployArgs(argv: readonly string[]): ParsedArgs {
  const options: Partial<DeployOptions> = { deployment: DEFAULT_DEPLOYMENT };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === "--help" || flag === "-h") return { ok: false, message: USAGE };
    if (flag !== "--description" && flag !== "--deployment") {
      return { ok: false, message: `Unknown argument ${flag}.\n\n${USAGE}` };
    }
    if (value === undefined || value.startsWith("--") || value.trim() === "") {
      return { ok: false, message: `${flag} needs a value.\n\n${USAGE}` };
    }
    options[flag === "--description" ? "description" : "deployment"] = value.trim();
    i++;
  }
  if (!options.description) return { ok: false, message: `--description is required.\n\n${USAGE}` };
  return { ok: true, options: options as DeployOptions };
}

interface DeploymentInfo {
  deploymentId: string;
  versionNumber?: number;
  description?: string;
}

/** clasp --json prints one JSON value; anything before it (a notice) is skipped. */
export function parseClaspJson(stdout: string, command: string): unknown {
  const start = stdout.search(/^[[{]/m);
  try {
    if (start < 0) throw new Error("no JSON");
    return JSON.parse(stdout.slice(start));
  } catch {
    throw new Error(`clasp ${command} did not print the JSON expected:\n${stdout.trim() || "(nothing)"}`);
  }
}

function versionOf(value: unknown, command: string): number {
  const version = (value as { versionNumber?: unknown } | null)?.versionNumber;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new Error(`clasp ${command} gave no version number: ${JSON.stringify(value)}`);
  }
  return version;
}

export interface DeployResult {
  versionNumber: number;
  versionDescription: string;
  deploymentId: string;
  deployment: string;
  created: boolean;
}

/** `abc1234` or `abc1234, uncommitted changes`; undefined outside a git checkout. */
async function commitNote(run: Runner): Promise<string | undefined> {
  try {
    const sha = (await run("git", ["rev-parse", "--short", "HEAD"], true)).trim();
    const dirty = (await run("git", ["status", "--porcelain"], true)).trim() !== "";
    return dirty ? `${sha}, uncommitted changes` : sha;
  } catch {
    return undefined;
  }
}

export async function deploy(run: Runner, options: DeployOptions): Promise<DeployResult> {
  const commit = await commitNote(run);
  const versionDescription = commit ? `${options.description} (${commit})` : options.description;
  await run("npm", ["run", "build"], false);
  await run(CLASP, ["push", "--force"], false);
  const versionNumber = versionOf(
    parseClaspJson(
      await run(CLASP, ["create-version", versionDescription, "--json"], true),
      "create-version",
    ),
    "create-version",
  );
  const listed = parseClaspJson(await run(CLASP, ["list-deployments", "--json"], true), "list-deployments");
  if (!Array.isArray(listed))
    throw new Error(`clasp list-deployments did not list deployments: ${JSON.stringify(listed)}`);
  const named = (listed as DeploymentInfo[]).filter((d) => d.description === options.deployment);
  if (named.length > 1) {
    throw new Error(
      `${named.length} deployments are named "${options.deployment}" (${named.map((d) => d.deploymentId).join(", ")}): ` +
        "delete the extra ones (npx clasp delete-deployment ID) or pass --deployment with another name.",
    );
  }
  const existing = named[0];
  const target = ["--versionNumber", String(versionNumber), "--description", options.deployment, "--json"];
  const command = existing ? "update-deployment" : "create-deployment";
  const args = existing ? [command, existing.deploymentId, ...target] : [command, ...target];
  const deployed = parseClaspJson(await run(CLASP, args, true), command) as DeploymentInfo;
  if (versionOf(deployed, command) !== versionNumber || typeof deployed.deploymentId !== "string") {
    throw new Error(`clasp ${command} did not deploy version ${versionNumber}: ${JSON.stringify(deployed)}`);
  }
  return {
    versionNumber,
    versionDescription,
    deploymentId: deployed.deploymentId,
    deployment: options.deployment,
    created: !existing,
  };
}

export function deployReport(result: DeployResult, scriptId: string): string {
  return [
    `Version ${result.versionNumber}: ${result.versionDescription}`,
    `Deployment "${result.deployment}" ${result.created ? "created" : "updated"}: ${result.deploymentId} @${result.versionNumber}`,
    "",
    "Marketplace SDK > App Configuration > Editor add-on (Sheets extension):",
    `  script ID       ${scriptId}`,
    `  version number  ${result.versionNumber}`,
  ].join("\n");
}

/** The project clasp pushes to, from .clasp.json (which `clasp create` or `clasp clone` writes). */
export function readScriptId(claspJson = join(root, ".clasp.json")): string {
  if (!existsSync(claspJson)) {
    throw new Error("No .clasp.json: create or clone the script project first (docs/deploy.md).");
  }
  const scriptId = (JSON.parse(readFileSync(claspJson, "utf8")) as { scriptId?: unknown }).scriptId;
  if (typeof scriptId !== "string" || !/^[\w-]{20,}$/.test(scriptId)) {
    throw new Error(`.clasp.json has no valid scriptId (found ${JSON.stringify(scriptId)}).`);
  }
  return scriptId;
}

const spawnRunner: Runner = (command, args, capture) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ["inherit", capture ? "pipe" : "inherit", "inherit"],
    });
    let stdout = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const parsed = parseDeployArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(2);
  }
  try {
    const scriptId = readScriptId();
    console.log(deployReport(await deploy(spawnRunner, parsed.options), scriptId));
  } catch (error) {
    console.error(`Deploy failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
