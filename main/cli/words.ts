/**
 * The administrator's commands of `opswall` that run as plain Node: in a packaged app the Electron
 * entry and the installed wrappers (packaging/bin) hand them to the CLI. `start` (or no word) starts
 * the room, and `monitors` asks Electron for the screens: those two run in the shell.
 */
export const ADMIN_COMMANDS = ['hub', 'sim', 'validate', 'credential', 'audit'] as const;

/** Commands that need Electron itself (the shell answers them). */
export const SHELL_COMMANDS = ['start', 'monitors'] as const;

/** Words that only print the CLI's help or version. */
export const CLI_INFO_WORDS = ['help', '--help', '-h', '--version'] as const;
