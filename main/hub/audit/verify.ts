import type { SqliteDatabase } from '../db.js';
import { AUDIT_COLUMNS, GENESIS_HASH, recordOf, rowHash, type AuditRecord } from './record.js';

export type ChainCheck =
  | { ok: true; rows: number; head: { id: number; hash: string } }
  | { ok: false; rows: number; brokenAt: number; reason: string };

/**
 * Walks the audit log from its first row and says where the chain breaks: a row whose content no longer
 * matches its hash (edited), a missing id (deleted), or a row that does not follow the one before (inserted
 * or reordered).
 */
export function verifyAuditChain(db: SqliteDatabase): ChainCheck {
  let previous: AuditRecord | null = null;
  let rows = 0;
  for (const row of db.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit ORDER BY id`).iterate() as Iterable<Parameters<typeof recordOf>[0]>) {
    const record = recordOf(row);
    rows++;
    const expectedId = previous ? previous.id + 1 : 1;
    if (record.id !== expectedId) {
      return { ok: false, rows, brokenAt: record.id, reason: record.id > expectedId ? `row ${expectedId}${record.id - expectedId > 1 ? `–${record.id - 1}` : ''} is missing (deleted)` : `row ${record.id} is out of order` };
    }
    const expectedPrev = previous ? previous.hash : GENESIS_HASH;
    if (record.prevHash !== expectedPrev) return { ok: false, rows, brokenAt: record.id, reason: `row ${record.id} does not follow row ${expectedId - 1} (inserted, or the row before it was replaced)` };
    const { hash, ...content } = record;
    if (rowHash(content) !== hash) return { ok: false, rows, brokenAt: record.id, reason: `row ${record.id} was changed after it was written (its content does not match its hash)` };
    previous = record;
  }
  return { ok: true, rows, head: previous ? { id: previous.id, hash: previous.hash } : { id: 0, hash: GENESIS_HASH } };
}
