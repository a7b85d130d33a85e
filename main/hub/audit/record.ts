import { createHash } from 'node:crypto';
import type { Role } from '../../../src/protocol/roles.js';

export type ActorKind = 'person' | 'device' | 'rule' | 'system' | 'room';
export type AuditResult = 'done' | 'refused' | 'failed';

/** Who did something, from where: what every audit row says about its author. */
export interface AuditActor {
  kind: ActorKind;
  id: string | null;
  roles: readonly Role[];
  signIn?: string | null;
  originRoom?: string | null;
  address?: string | null;
  userAgent?: string | null;
}

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  summary: unknown;
  result: AuditResult;
  reason?: string | null;
}

/** A row of the audit log as stored and exported. */
export interface AuditRecord {
  id: number;
  at: string;
  actorKind: ActorKind;
  actorId: string | null;
  roles: Role[];
  signIn: string | null;
  originRoom: string | null;
  address: string | null;
  userAgent: string | null;
  action: string;
  summary: string;
  result: AuditResult;
  reason: string | null;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);
export const SUMMARY_LIMIT = 2048;

/** The hash of a row: over the previous row's hash and every field of this one, in a fixed order. */
export function rowHash(record: Omit<AuditRecord, 'hash'>): string {
  const content = JSON.stringify([
    record.id,
    record.at,
    record.actorKind,
    record.actorId,
    record.roles,
    record.signIn,
    record.originRoom,
    record.address,
    record.userAgent,
    record.action,
    record.summary,
    record.result,
    record.reason,
  ]);
  return createHash('sha256').update(record.prevHash).update('\n').update(content).digest('hex');
}

/** A summary as stored: JSON, cut to SUMMARY_LIMIT characters (a command's payload can be large). */
export function summaryText(summary: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(summary ?? null) ?? 'null';
  } catch {
    text = JSON.stringify(String(summary));
  }
  return text.length > SUMMARY_LIMIT ? `${text.slice(0, SUMMARY_LIMIT - 1)}…` : text;
}

interface AuditRow {
  id: number;
  at: string;
  actor_kind: string;
  actor_id: string | null;
  roles: string;
  sign_in: string | null;
  origin_room: string | null;
  address: string | null;
  user_agent: string | null;
  action: string;
  summary: string;
  result: string;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

export function recordOf(row: AuditRow): AuditRecord {
  let roles: Role[];
  try {
    roles = JSON.parse(row.roles) as Role[];
  } catch {
    roles = [];
  }
  return {
    id: row.id,
    at: row.at,
    actorKind: row.actor_kind as ActorKind,
    actorId: row.actor_id,
    roles,
    signIn: row.sign_in,
    originRoom: row.origin_room,
    address: row.address,
    userAgent: row.user_agent,
    action: row.action,
    summary: row.summary,
    result: row.result as AuditResult,
    reason: row.reason,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export const AUDIT_COLUMNS = 'id, at, actor_kind, actor_id, roles, sign_in, origin_room, address, user_agent, action, summary, result, reason, prev_hash, hash';
