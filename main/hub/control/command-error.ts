import type { CommandRefusal } from '../../../src/protocol/control/commands.js';

/** A command refused for a reason the operator can act on; the router answers and audits it as such. */
export class CommandError extends Error {
  constructor(
    readonly code: CommandRefusal,
    message: string,
  ) {
    super(message);
  }
}
