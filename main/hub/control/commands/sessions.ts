import type { CommandHandlers } from '../router.js';
import type { ControlServices } from './services.js';

type SessionCommands = 'session.invite' | 'session.accept' | 'session.decline' | 'session.end' | 'session.floor' | 'briefing.start' | 'agenda.step';

export function sessionHandlers(s: ControlServices): Pick<CommandHandlers, SessionCommands> {
  return {
    'session.invite': ({ room, area }, { actor }) => s.sessions.invite(room, area, actor),
    'session.accept': ({ sessionId }, { actor }) => s.sessions.accept(sessionId, actor),
    'session.decline': ({ sessionId, reason }, { actor }) => s.sessions.decline(sessionId, reason, actor),
    'session.end': ({ reason }, { actor }) => s.sessions.end(reason, actor),
    'session.floor': ({ to }, { actor }) => s.sessions.handFloor(to, actor),
    'briefing.start': ({ agendaId, area }, { actor }) => s.sessions.startBriefing(agendaId, area, actor),
    'agenda.step': ({ move }, { actor }) => s.sessions.step(move, actor),
  };
}
