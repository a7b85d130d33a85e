import type { CommandHandlers } from '../router.js';
import { adminHandlers } from './admin.js';
import { planHandlers } from './plans.js';
import type { ControlServices } from './services.js';
import { sessionHandlers } from './sessions.js';
import { switchingHandlers } from './switching.js';

export type { ControlServices } from './services.js';

/** Every command's handler: the compiler checks that no declared command is left without one. */
export function commandHandlers(services: ControlServices): CommandHandlers {
  return { ...switchingHandlers(services), ...planHandlers(services), ...adminHandlers(services), ...sessionHandlers(services) };
}
