/** Where a plain browser keeps credentials for the tab (sessionStorage, never localStorage). */
export const WALL_CREDENTIAL_KEY = 'opswall.wall.credential';
export const CONSOLE_CREDENTIAL_KEY = 'opswall.console.credential';
