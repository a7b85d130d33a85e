import { randomUUID } from 'node:crypto';
import type { SignInInfo } from '../../../src/protocol/control/status.js';
import type { Principal } from '../auth/credentials.js';
import type { HubClock } from '../room/clock.js';
import type { RoomStore } from '../room/room-store.js';

export interface SignIn {
  id: string;
  principal: Principal;
  address: string | null;
  userAgent: string | null;
  since: number;
  lastActivity: number;
}

export type SignInEnd = 'expired' | 'revoked' | 'barred';

/**
 * Console sign-ins: one per console connection, ended after `idleTimeoutMs` without activity (the console
 * reports the operator's input) or when an administrator revokes it. Credentials an administrator bars
 * are refused until unbarred (kept in room.sqlite, across restarts). Wall devices are not sign-ins: they
 * never expire.
 */
export class SignIns {
  private readonly open = new Map<string, SignIn>();
  private readonly barredIds: Set<string>;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly clock: HubClock,
    readonly idleTimeoutMs: number | null,
    private readonly store: RoomStore,
    private readonly onEnd: (signIn: SignIn, why: SignInEnd) => void,
  ) {
    this.barredIds = store.barred();
  }

  start(): void {
    this.timer ??= setInterval(() => this.sweep(), 5_000);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  begin(principal: Principal, address: string | null, userAgent: string | null): SignIn {
    const now = this.clock.now();
    const signIn: SignIn = { id: randomUUID(), principal, address, userAgent: userAgent?.slice(0, 300) ?? null, since: now, lastActivity: now };
    this.open.set(signIn.id, signIn);
    return signIn;
  }

  touch(id: string): void {
    const signIn = this.open.get(id);
    if (signIn) signIn.lastActivity = this.clock.now();
  }

  end(id: string): void {
    this.open.delete(id);
  }

  isOpen(id: string): boolean {
    return this.open.has(id);
  }

  revoke(id: string): SignIn | null {
    const signIn = this.open.get(id);
    if (!signIn) return null;
    this.open.delete(id);
    this.onEnd(signIn, 'revoked');
    return signIn;
  }

  isBarred(credentialId: string): boolean {
    return this.barredIds.has(credentialId);
  }

  /** Bars a credential: its open sign-ins end now, and it is refused until unbarred. */
  bar(credentialId: string): number {
    this.barredIds.add(credentialId);
    this.store.setBarred(credentialId, true, new Date(this.clock.now()).toISOString());
    let ended = 0;
    for (const signIn of [...this.open.values()]) {
      if (signIn.principal.credentialId !== credentialId) continue;
      this.open.delete(signIn.id);
      this.onEnd(signIn, 'barred');
      ended++;
    }
    return ended;
  }

  unbar(credentialId: string): boolean {
    const was = this.barredIds.delete(credentialId);
    this.store.setBarred(credentialId, false, new Date(this.clock.now()).toISOString());
    return was;
  }

  list(currentId: string | null): SignInInfo[] {
    return [...this.open.values()].map((s) => ({ id: s.id, credentialId: s.principal.credentialId, roles: [...s.principal.roles], address: s.address, userAgent: s.userAgent, since: s.since, lastActivity: s.lastActivity, current: s.id === currentId }));
  }

  /** Ends this sign-in if it has been idle past the limit. */
  expireIfIdle(id: string): void {
    const signIn = this.open.get(id);
    if (!signIn || this.idleTimeoutMs === null || this.clock.now() - signIn.lastActivity < this.idleTimeoutMs) return;
    this.open.delete(id);
    this.onEnd(signIn, 'expired');
  }

  /** Ends the sign-ins idle past the limit. */
  sweep(): void {
    if (this.idleTimeoutMs === null) return;
    const now = this.clock.now();
    for (const signIn of [...this.open.values()]) {
      if (now - signIn.lastActivity < this.idleTimeoutMs) continue;
      this.open.delete(signIn.id);
      this.onEnd(signIn, 'expired');
    }
  }
}
