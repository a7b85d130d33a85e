import type { z } from 'zod';
import { COMMAND_NAMES, CONTROL_COMMANDS, MAX_COMMAND_BYTES, commandEnvelopeSchema, type CommandAnswer, type CommandName, type CommandPayload, type CommandRefusal } from '../../../src/protocol/control/commands.js';
import { allows, PERMISSIONS } from '../../../src/protocol/roles.js';
import type { Logger } from '../../log.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { AuditActor } from '../audit/record.js';
import { CommandError } from './command-error.js';

/** Who sent a command, through which sign-in, from where. */
export interface CommandContext {
  actor: AuditActor & { id: string; signIn: string };
}

export type CommandHandler<Name extends CommandName> = (payload: CommandPayload<Name>, context: CommandContext) => unknown | Promise<unknown>;
export type CommandHandlers = { [Name in CommandName]: CommandHandler<Name> };

/** Commands that are only bookkeeping: answered, not audited. */
const UNAUDITED = new Set<string>(['signin.activity']);
/** How many request ids are remembered to refuse replays (and for how long). */
const REPLAY_MEMORY = 10_000;
const REPLAY_WINDOW_MS = 30 * 60_000;

/**
 * Every console command goes through here: its envelope and size, its name, a replay check, the
 * permission its declaration names, its payload schema, then its handler — and every outcome, refused or
 * done, is written to the audit log with who, role, from where and why.
 */
export class CommandRouter {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly handlers: CommandHandlers,
    private readonly audit: AuditLog,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async handle(raw: unknown, context: CommandContext): Promise<CommandAnswer> {
    const name = typeof (raw as { name?: unknown } | null)?.name === 'string' ? String((raw as { name: string }).name).slice(0, 64) : '(none)';
    let size: number;
    try {
      size = JSON.stringify(raw ?? null).length;
    } catch {
      size = Number.POSITIVE_INFINITY;
    }
    if (size > MAX_COMMAND_BYTES) return this.refuse(context, name, { size }, 'oversized', `the command is ${size} bytes; at most ${MAX_COMMAND_BYTES}`);
    const envelope = commandEnvelopeSchema.safeParse(raw);
    if (!envelope.success) {
      const issue = envelope.error.issues[0];
      return this.refuse(context, name, raw, 'malformed', `${issue?.path.join('.') || 'command'}: ${issue?.message ?? 'malformed'}`);
    }
    const { requestId, payload } = envelope.data;
    if (!Object.hasOwn(CONTROL_COMMANDS, envelope.data.name)) return this.refuse(context, name, payload, 'unknown-command', `no command "${name}" (known: ${COMMAND_NAMES.join(', ')})`);
    const command = envelope.data.name as CommandName;
    const replayKey = `${context.actor.id}\u0000${requestId}`;
    if (this.seen.has(replayKey)) return this.refuse(context, command, payload, 'replayed', `request ${requestId} was already received`);
    this.remember(replayKey);
    const declaration = CONTROL_COMMANDS[command];
    if (!allows(context.actor.roles, declaration.permission)) {
      const roles = PERMISSIONS[declaration.permission].join(', ');
      return this.refuse(context, command, payload, 'forbidden', `"${command}" needs permission "${declaration.permission}" (roles: ${roles}); this credential has ${context.actor.roles.join(', ') || 'none'}`);
    }
    const parsed = (declaration.payload as z.ZodType).safeParse(payload);
    if (!parsed.success) {
      const reason = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`).join('; ');
      return this.refuse(context, command, payload, 'invalid', reason);
    }
    try {
      const handler = this.handlers[command] as CommandHandler<CommandName>;
      const result = await handler(parsed.data as CommandPayload<CommandName>, context);
      if (!UNAUDITED.has(command)) this.audit.record({ actor: context.actor, action: command, summary: parsed.data, result: 'done' });
      return result === undefined ? { ok: true } : { ok: true, result };
    } catch (error) {
      if (error instanceof CommandError) return this.refuse(context, command, parsed.data, error.code, error.message);
      this.logger.error('command.failed', { command, error });
      this.audit.record({ actor: context.actor, action: command, summary: parsed.data, result: 'failed', reason: (error as Error).message });
      return { ok: false, code: 'failed', reason: `the hub could not do it: ${(error as Error).message}` };
    }
  }

  private refuse(context: CommandContext, action: string, summary: unknown, code: CommandRefusal, reason: string): CommandAnswer {
    this.audit.record({ actor: context.actor, action, summary, result: 'refused', reason: `${code}: ${reason}` });
    return { ok: false, code, reason };
  }

  private remember(key: string): void {
    const now = this.now();
    this.seen.set(key, now);
    if (this.seen.size <= REPLAY_MEMORY) return;
    for (const [seenKey, at] of this.seen) {
      if (this.seen.size <= REPLAY_MEMORY / 2) break;
      if (now - at > REPLAY_WINDOW_MS || this.seen.size > REPLAY_MEMORY) this.seen.delete(seenKey);
    }
  }
}
