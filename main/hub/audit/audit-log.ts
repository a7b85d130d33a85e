import type { SqliteDatabase } from '../db.js';
import { AUDIT_COLUMNS, GENESIS_HASH, recordOf, rowHash, summaryText, type AuditEntry, type AuditRecord } from './record.js';
import { prepareAuditSchema } from './schema.sql.js';

export interface AuditQuery {
  /** Words that must all appear in the action, actor, address, summary or reason. */
  text?: string;
  from?: string;
  to?: string;
  action?: string;
  result?: AuditRecord['result'];
  /** Rows with an id below this (paging back in time). */
  before?: number;
  limit?: number;
}

/**
 * The room's audit log (DESIGN §4): who, with which role, when, what, from where, and the result. Every
 * row is written synchronously, in the same turn as the action it records, chained to the one before.
 */
export class AuditLog {
  private head: { id: number; hash: string };
  private readonly insert;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number = Date.now,
  ) {
    prepareAuditSchema(db);
    const last = db.prepare('SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
    this.head = last ?? { id: 0, hash: GENESIS_HASH };
    this.insert = db.prepare(
      'INSERT INTO audit (id, at, actor_kind, actor_id, roles, sign_in, origin_room, address, user_agent, action, summary, result, reason, prev_hash, hash) VALUES (@id, @at, @actorKind, @actorId, @roles, @signIn, @originRoom, @address, @userAgent, @action, @summary, @result, @reason, @prevHash, @hash)',
    );
  }

  record(entry: AuditEntry): AuditRecord {
    const base: Omit<AuditRecord, 'hash'> = {
      id: this.head.id + 1,
      at: new Date(this.now()).toISOString(),
      actorKind: entry.actor.kind,
      actorId: entry.actor.id,
      roles: [...entry.actor.roles],
      signIn: entry.actor.signIn ?? null,
      originRoom: entry.actor.originRoom ?? null,
      address: entry.actor.address ?? null,
      userAgent: entry.actor.userAgent ? entry.actor.userAgent.slice(0, 300) : null,
      action: entry.action,
      summary: summaryText(entry.summary),
      result: entry.result,
      reason: entry.reason ? entry.reason.slice(0, 500) : null,
      prevHash: this.head.hash,
    };
    const record: AuditRecord = { ...base, hash: rowHash(base) };
    this.insert.run({ ...record, roles: JSON.stringify(record.roles) });
    this.head = { id: record.id, hash: record.hash };
    return record;
  }

  /** The newest rows first, filtered. */
  search(query: AuditQuery = {}): AuditRecord[] {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.from) {
      where.push('at >= @from');
      params.from = query.from;
    }
    if (query.to) {
      where.push('at <= @to');
      params.to = query.to;
    }
    if (query.action) {
      where.push('action = @action');
      params.action = query.action;
    }
    if (query.result) {
      where.push('result = @result');
      params.result = query.result;
    }
    if (query.before) {
      where.push('id < @before');
      params.before = query.before;
    }
    (query.text ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 8)
      .forEach((word, i) => {
        where.push(`(instr(lower(action || ' ' || coalesce(actor_id, '') || ' ' || coalesce(address, '') || ' ' || summary || ' ' || coalesce(reason, '') || ' ' || coalesce(origin_room, '')), @w${i}) > 0)`);
        params[`w${i}`] = word.toLowerCase();
      });
    const limit = Math.min(Math.max(query.limit ?? 100, 1), 1_000);
    const sql = `SELECT ${AUDIT_COLUMNS} FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${limit}`;
    return (this.db.prepare(sql).all(params) as Parameters<typeof recordOf>[0][]).map(recordOf);
  }

  /** The newest row's id and hash: note it somewhere else, and a rewrite of the whole chain shows too. */
  chainHead(): { id: number; hash: string } {
    return { ...this.head };
  }
}
