import { z } from 'zod';

/** Roles of DESIGN §4. A credential holds one or more. */
export const ROLES = ['wall', 'viewer', 'operator', 'presenter', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * What each role may do; a role grants only its own permissions (admin is not a wall). Viewers read the
 * console; operators switch the wall, run playlists and schedules, spotlight and answer alerts; presenters
 * run presenter sessions; admins manage layouts, sign-ins and credentials (and may do what operators do).
 */
export const PERMISSIONS = {
  'display.show': ['wall'],
  'room.view': ['viewer', 'operator', 'presenter', 'admin'],
  'layout.switch': ['operator', 'admin'],
  'schedule.edit': ['operator', 'admin'],
  'alert.respond': ['operator', 'admin'],
  'audit.read': ['operator', 'admin'],
  'session.run': ['presenter', 'admin'],
  'config.change': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function allows(roles: readonly Role[], permission: Permission): boolean {
  const granted: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => granted.includes(role));
}
