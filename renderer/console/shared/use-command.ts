import { useCallback } from 'react';
import { CONTROL_COMMANDS, type CommandAnswer, type CommandName, type CommandPayload } from '../../../src/protocol/control/commands.js';
import { allows } from '../../../src/protocol/roles.js';
import { useConsole, useConsoleStore } from '../../state/console/console-store.js';
import { ct } from '../messages.js';

/** Whether the signed-in roles may send a command (the console offers only what they allow). */
export function useCan(): (name: CommandName) => boolean {
  const roles = useConsole((state) => state.room?.you.roles);
  return useCallback((name: CommandName) => (roles ? allows(roles, CONTROL_COMMANDS[name].permission) : false), [roles]);
}

/**
 * Sends a command and says what came of it on the console: done (with `what`), or the hub's reason for
 * refusing it. Resolves to the hub's answer.
 */
export function useCommand(): <Name extends CommandName>(name: Name, payload: CommandPayload<Name>, what: string) => Promise<CommandAnswer> {
  const store = useConsoleStore();
  return useCallback(
    async (name, payload, what) => {
      const { send, notify, signedIn } = store.getState();
      const locale = signedIn.locale;
      if (!send) {
        const answer: CommandAnswer = { ok: false, code: 'failed', reason: 'not connected to the hub' };
        notify('critical', ct(locale, 'command.refused', { code: answer.code, reason: answer.reason }), Date.now());
        return answer;
      }
      const answer = await send(name, payload);
      if (answer.ok) notify('ok', ct(locale, 'command.done', { what }), Date.now());
      else notify('critical', ct(locale, 'command.refused', { code: answer.code, reason: answer.reason }), Date.now());
      return answer;
    },
    [store],
  );
}
