// The shell's command line. Chromium and the OS put their own switches on it too (--no-sandbox,
// --ozone-platform=…, --original-process-start-time…), so anything that is not ours is left alone.
export interface ShellArgs {
  /** The room config; omitted = the built-in demo room. */
  configFile?: string;
  /** This PC's name for the config's display mappings; omitted = the host name. */
  pcName?: string;
}

export const SHELL_USAGE = 'usage: opswall-shell [--config FILE] [--pc NAME]';

const OPTIONS = { '--config': 'configFile', '--pc': 'pcName' } as const;

export function parseShellArgs(argv: readonly string[]): { ok: true; args: ShellArgs } | { ok: false; reason: string } {
  const args: ShellArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag = '', inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!(flag in OPTIONS)) continue;
    const key = OPTIONS[flag as keyof typeof OPTIONS];
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) return { ok: false, reason: `${flag} needs a value` };
    if (args[key] !== undefined) return { ok: false, reason: `${flag} is given twice` };
    args[key] = value;
  }
  return { ok: true, args };
}
