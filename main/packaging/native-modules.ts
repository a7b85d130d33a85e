import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';

/** A native addon found in a package, and the Node ABI it was compiled for ('n-api' works with any). */
export interface NativeModule {
  /** Path relative to the folder searched. */
  file: string;
  /** The npm package it belongs to, e.g. "better-sqlite3". */
  packageName: string;
  abi: number | 'n-api' | 'unknown';
}

/** Every *.node file below `dir`, with the ABI its registration symbol names. */
export function findNativeModules(dir: string): NativeModule[] {
  const found: NativeModule[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.node')) found.push({ file: relative(dir, path), packageName: packageOf(relative(dir, path)), abi: abiOf(readFileSync(path)) });
    }
  };
  walk(dir);
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

/** node_register_module_v<ABI> for V8-API addons; napi_register_module_v1 for N-API ones. */
export function abiOf(binary: Buffer): NativeModule['abi'] {
  const text = binary.toString('latin1');
  const v8 = /node_register_module_v(\d+)/.exec(text);
  if (v8) return Number(v8[1]);
  return text.includes('napi_register_module_v') ? 'n-api' : 'unknown';
}

/** The Node ABI (NODE_MODULE_VERSION) of an Electron release, from node-abi's registry. */
export function electronAbi(electronVersion: string): number {
  const nodeAbi = createRequire(import.meta.url)('node-abi') as { getAbi(target: string, runtime: 'electron' | 'node'): string };
  return Number(nodeAbi.getAbi(electronVersion, 'electron'));
}

/** Which Node release line an ABI belongs to, for a message a person can act on. */
function nodeOf(abi: number): string {
  const known: Record<number, string> = { 108: 'Node 18', 115: 'Node 20', 127: 'Node 22', 137: 'Node 24' };
  return known[abi] ?? `ABI ${abi}`;
}

/**
 * Problems with the native modules packed for Electron `electronVersion`: one line each, naming the
 * module, the ABI it was built for and the one Electron needs. Empty when all of them will load.
 */
export function nativeAbiProblems(modules: readonly NativeModule[], electronVersion: string): string[] {
  const needed = electronAbi(electronVersion);
  return modules.flatMap((module) => {
    if (module.abi === 'n-api' || module.abi === needed) return [];
    const built = module.abi === 'unknown' ? 'an unknown ABI (no registration symbol found)' : `ABI ${module.abi} (${nodeOf(module.abi)})`;
    return [`${module.packageName} (${module.file}) is built for ${built}, but Electron ${electronVersion} needs ABI ${needed}`];
  });
}

function packageOf(file: string): string {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return parts[0] ?? file;
  const name = parts[at + 1] ?? file;
  return name.startsWith('@') ? `${name}/${parts[at + 2] ?? ''}` : name;
}
