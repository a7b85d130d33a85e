import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AuditLog } from './audit-log.js';
import { verifyAuditChain } from './verify.js';

const operator = { kind: 'person' as const, id: 'ops-lead', roles: ['operator' as const], signIn: 's-1', address: '10.0.0.5', userAgent: 'Chromium' };

function logWith(rows: number): { db: Database.Database; log: AuditLog } {
  const db = new Database(':memory:');
  let t = Date.parse('2026-11-30T08:00:00Z');
  const log = new AuditLog(db, () => (t += 1_000));
  for (let i = 0; i < rows; i++) log.record({ actor: operator, action: 'layout.switch', summary: { target: 'room', layout: `board-${i}` }, result: i === 2 ? 'refused' : 'done', reason: i === 2 ? 'a switch is under way' : null });
  return { db, log };
}

/** What someone with a SQLite shell could do: drop the guards first. */
function unguarded(db: Database.Database): Database.Database {
  db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
  return db;
}

describe('the audit log', () => {
  it('records who, role, when, what, from where and the result, chained row to row', () => {
    const { db, log } = logWith(5);
    const [newest] = log.search({ limit: 1 });
    expect(newest).toMatchObject({ id: 5, actorKind: 'person', actorId: 'ops-lead', roles: ['operator'], signIn: 's-1', address: '10.0.0.5', userAgent: 'Chromium', action: 'layout.switch', summary: '{"target":"room","layout":"board-4"}', result: 'done', at: '2026-11-30T08:00:05.000Z' });
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 5, head: log.chainHead() });
  });

  it('refuses updates and deletes', () => {
    const { db } = logWith(3);
    expect(() => db.prepare("UPDATE audit SET result = 'done' WHERE id = 3").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit WHERE id = 1').run()).toThrow(/append-only/);
  });

  it('searches by words, time, action and result, newest first', () => {
    const { log } = logWith(6);
    expect(log.search({ text: 'BOARD-3' }).map((r) => r.id)).toEqual([4]);
    expect(log.search({ result: 'refused' }).map((r) => r.reason)).toEqual(['a switch is under way']);
    expect(log.search({ from: '2026-11-30T08:00:04Z', limit: 2 }).map((r) => r.id)).toEqual([6, 5]);
    expect(log.search({ before: 3 }).map((r) => r.id)).toEqual([2, 1]);
  });

  it('carries on the chain after a restart', () => {
    const { db } = logWith(2);
    const again = new AuditLog(db);
    again.record({ actor: { kind: 'system', id: null, roles: [] }, action: 'hub.started', summary: {}, result: 'done' });
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, rows: 3 });
  });
});

describe('opswall audit verify finds', () => {
  it('an edited row', () => {
    const { db } = logWith(5);
    unguarded(db).prepare("UPDATE audit SET summary = '{\"target\":\"room\",\"layout\":\"nothing\"}' WHERE id = 3").run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3, reason: expect.stringContaining('changed after it was written') });
  });

  it('a deleted row, also the last but one', () => {
    const { db } = logWith(5);
    unguarded(db).prepare('DELETE FROM audit WHERE id = 2').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3, reason: 'row 2 is missing (deleted)' });
  });

  it('an inserted row, even with the ids renumbered and its own hash right', async () => {
    const { db } = logWith(4);
    const forged = logWith(0).log;
    const [real] = [db.prepare('SELECT * FROM audit WHERE id = 2').get() as Record<string, unknown>];
    unguarded(db);
    // Shift rows 3..4 up and put a well-formed forgery at 3 that chains from row 2.
    db.prepare('UPDATE audit SET id = id + 10 WHERE id >= 3').run();
    db.prepare('UPDATE audit SET id = id - 9 WHERE id >= 13').run();
    const { rowHash } = await import('./record.js');
    const row = { id: 3, at: '2026-11-30T08:00:02.500Z', actorKind: 'person' as const, actorId: 'intruder', roles: ['admin' as const], signIn: null, originRoom: null, address: null, userAgent: null, action: 'layout.switch', summary: '{}', result: 'done' as const, reason: null, prevHash: String(real.hash) };
    db.prepare('INSERT INTO audit (id, at, actor_kind, actor_id, roles, sign_in, origin_room, address, user_agent, action, summary, result, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      row.id, row.at, row.actorKind, row.actorId, JSON.stringify(row.roles), null, null, null, null, row.action, row.summary, row.result, null, row.prevHash, rowHash(row),
    );
    expect(forged.chainHead().id).toBe(0);
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 4, reason: expect.stringContaining('does not follow row 3') });
  });
});
