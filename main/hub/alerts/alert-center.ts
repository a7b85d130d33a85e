import { randomUUID } from 'node:crypto';
import { AQI_BANDS, hourlyAqiFromFigures } from '../../../src/domain/aqi/index.js';
import { AQI_CITIES, areaByCode } from '../../../src/domain/areas/index.js';
import type { AlertProposal } from '../../../src/protocol/control/alerts.js';
import type { HeldReport } from '../../../src/protocol/wall/index.js';
import type { AlertRule } from '../../config/schema.js';
import type { Logger } from '../../log.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { AuditActor } from '../audit/record.js';
import { CommandError } from '../control/command-error.js';
import type { ApplyOutcome, FeedStore } from '../feed/feed-store.js';
import type { HubClock } from '../room/clock.js';
import type { RoomControl } from '../room/room-control.js';
import { describeTarget } from '../room/topology.js';

const SEVERITY_ORDER = ['info', 'minor', 'moderate', 'severe', 'extreme'] as const;
/** Reports older than this when they arrive (a first snapshot, a resync) propose nothing. */
const RECENT_MS = 60 * 60_000;
/** Proposals kept (newest first): the open ones and the latest closed. */
const KEPT = 30;

/**
 * Alert rules of the room config, watched on the live data: a match makes the console propose a board
 * or a spotlight, which an operator accepts or dismisses in one action — or the hub applies it itself
 * when the rule says "automatically". Proposals, answers and automatic switches are all audited.
 */
export class AlertCenter {
  private proposals: AlertProposal[] = [];
  private readonly lastAqiLevel = new Map<string, number>();
  private readonly proposedFor = new Set<string>();
  private readonly listeners = new Set<(proposal: AlertProposal) => void>();

  constructor(
    private readonly rules: readonly AlertRule[],
    private readonly store: FeedStore,
    private readonly control: () => RoomControl,
    private readonly audit: AuditLog,
    private readonly clock: HubClock,
    private readonly logger: Logger,
  ) {}

  list(): AlertProposal[] {
    return [...this.proposals];
  }

  onProposal(listener: (proposal: AlertProposal) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** DataListener: looks at what the data path took in. */
  changed(channel: string, outcome: ApplyOutcome): void {
    for (const rule of this.rules) {
      try {
        const { when } = rule;
        if (when.kind === 'report' && when.channel === channel) for (const report of outcome.reports) this.checkReport(rule, when, report);
        if (when.kind === 'aqi' && channel === 'environment/aqi') this.checkAqi(rule, when, new Set(outcome.observations.map((o) => o.area)));
      } catch (error) {
        this.logger.error('alert.rule-failed', { rule: rule.id, error });
      }
    }
  }

  upstreamChanged(): void {}

  accept(alertId: string, actor: AuditActor): { switchId: string } {
    const proposal = this.open(alertId);
    const started = this.apply(proposal, actor);
    this.close(proposal, 'accepted', actor.id ?? actor.kind);
    return started;
  }

  dismiss(alertId: string, actor: AuditActor): void {
    this.close(this.open(alertId), 'dismissed', actor.id ?? actor.kind);
  }

  private open(alertId: string): AlertProposal {
    const proposal = this.proposals.find((candidate) => candidate.id === alertId);
    if (!proposal) throw new CommandError('not-found', `no alert "${alertId}"`);
    if (proposal.state !== 'open') throw new CommandError('conflict', `alert "${alertId}" was already ${proposal.state}${proposal.closedBy ? ` by ${proposal.closedBy}` : ''}`);
    return proposal;
  }

  private checkReport(rule: AlertRule, when: Extract<AlertRule['when'], { kind: 'report' }>, report: HeldReport): void {
    if (!when.reportKinds.includes(report.kind)) return;
    if (when.minSeverity && SEVERITY_ORDER.indexOf(report.severity ?? 'info') < SEVERITY_ORDER.indexOf(when.minSeverity)) return;
    if (when.minFact) {
      const value = report.facts?.[when.minFact.fact];
      if (typeof value !== 'number' || value < when.minFact.atLeast) return;
    }
    if (this.clock.now() - Date.parse(report.occurredAt) > RECENT_MS) return;
    const key = `${rule.id}\u0000${report.id}`;
    if (this.proposedFor.has(key)) return;
    this.proposedFor.add(key);
    const place = areaByCode(report.area)?.name ?? report.area;
    this.propose(rule, report.title, `${place} · ${report.text.slice(0, 240)}`, report.severity === 'extreme' || report.severity === 'severe' ? 'critical' : 'warning');
  }

  private checkAqi(rule: AlertRule, when: Extract<AlertRule['when'], { kind: 'aqi' }>, areas: ReadonlySet<string>): void {
    const threshold = AQI_BANDS.find((band) => band.vi === when.atLeast)!;
    for (const city of AQI_CITIES) {
      if (!areas.has(city.area) || (when.cities && !when.cities.includes(city.area))) continue;
      const figures = this.store.snapshot('alerts', 'environment/aqi', 0).observations.filter((o) => o.area === city.area);
      const result = hourlyAqiFromFigures(figures);
      if (!result || result.aqi === null) continue;
      const key = `${rule.id}\u0000${city.area}`;
      const before = this.lastAqiLevel.get(key) ?? 0;
      this.lastAqiLevel.set(key, result.aqi);
      if (result.aqi >= threshold.min && before < threshold.min) {
        this.propose(rule, `${city.name}: VN_AQI ${result.aqi} — ${result.band.vi}`, `Chất lượng không khí ${city.name} ở mức ${result.band.vi} (${result.band.en}); ngưỡng cảnh báo: ${threshold.vi}.`, result.aqi > 200 ? 'critical' : 'warning');
      }
    }
  }

  private propose(rule: AlertRule, title: string, detail: string, severity: AlertProposal['severity']): void {
    const proposal: AlertProposal = {
      id: randomUUID(),
      ruleId: rule.id,
      at: this.clock.now(),
      title,
      detail,
      severity,
      proposal:
        rule.propose.kind === 'layout'
          ? { kind: 'layout', layoutId: rule.propose.layoutId, target: describeTarget(rule.propose.target), label: `${rule.propose.layoutId} → ${describeTarget(rule.propose.target)}` }
          : { kind: 'spotlight', displayId: rule.propose.displayId, panelId: rule.propose.panelId, label: `${rule.propose.panelId} → ${rule.propose.displayId}` },
      state: 'open',
      closedBy: null,
    };
    this.proposals = [proposal, ...this.proposals].slice(0, KEPT);
    const actor: AuditActor = { kind: 'rule', id: rule.id, roles: [] };
    this.audit.record({ actor, action: 'alert.proposed', summary: { alertId: proposal.id, title, proposal: proposal.proposal }, result: 'done' });
    if (rule.apply === 'automatically') {
      try {
        this.apply(proposal, actor);
        proposal.state = 'applied';
        proposal.closedBy = `rule ${rule.id}`;
        this.audit.record({ actor, action: 'alert.applied', summary: { alertId: proposal.id, proposal: proposal.proposal }, result: 'done' });
      } catch (error) {
        this.audit.record({ actor, action: 'alert.applied', summary: { alertId: proposal.id }, result: 'failed', reason: (error as Error).message });
      }
    }
    for (const listener of this.listeners) listener(proposal);
  }

  private apply(proposal: AlertProposal, actor: AuditActor): { switchId: string } {
    const rule = this.rules.find((candidate) => candidate.id === proposal.ruleId);
    if (!rule) throw new CommandError('not-found', `alert rule "${proposal.ruleId}" is no longer in the room config`);
    const why = `alert: ${proposal.title}`;
    return rule.propose.kind === 'layout'
      ? this.control().show(rule.propose.target, rule.propose.layoutId, actor, why)
      : this.control().spotlight(rule.propose.displayId, rule.propose.layoutId, rule.propose.panelId, actor);
  }

  private close(proposal: AlertProposal, state: 'accepted' | 'dismissed', by: string): void {
    proposal.state = state;
    proposal.closedBy = by;
    for (const listener of this.listeners) listener(proposal);
  }
}
