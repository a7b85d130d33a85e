import { CommandError } from '../command-error.js';
import type { CommandHandlers } from '../router.js';
import type { ControlServices } from './services.js';

type AdminCommands = 'alert.accept' | 'alert.dismiss' | 'audit.search' | 'library.reload' | 'signin.list' | 'signin.revoke' | 'credential.bar' | 'credential.unbar' | 'signin.activity';

export function adminHandlers(s: ControlServices): Pick<CommandHandlers, AdminCommands> {
  return {
    'alert.accept': ({ alertId }, { actor }) => s.alerts.accept(alertId, actor),
    'alert.dismiss': ({ alertId }, { actor }) => s.alerts.dismiss(alertId, actor),
    'audit.search': (query) => ({ records: s.audit.search(query), head: s.audit.chainHead() }),
    'library.reload': () => {
      const library = s.library.reload();
      return { layouts: library.layouts.size, problems: library.problems.length };
    },
    'signin.list': (_payload, { actor }) => s.signIns.list(actor.signIn),
    'signin.revoke': ({ signInId }) => {
      if (!s.signIns.revoke(signInId)) throw new CommandError('not-found', `no open sign-in "${signInId}"`);
    },
    'credential.bar': ({ credentialId }, { actor }) => {
      if (credentialId === actor.id) throw new CommandError('conflict', 'an administrator cannot bar the credential they are signed in with');
      return { signInsEnded: s.signIns.bar(credentialId) };
    },
    'credential.unbar': ({ credentialId }) => {
      if (!s.signIns.unbar(credentialId)) throw new CommandError('not-found', `credential "${credentialId}" is not barred`);
    },
    'signin.activity': (_payload, { actor }) => s.signIns.touch(actor.signIn),
  };
}
