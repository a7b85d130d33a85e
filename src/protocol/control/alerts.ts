import { z } from 'zod';

/** A board the hub proposes because a room-config alert rule matched; an operator accepts or dismisses it. */
export const alertProposalSchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  at: z.number(),
  /** What happened, in words (from the report or figure that matched). */
  title: z.string(),
  detail: z.string(),
  severity: z.enum(['info', 'warning', 'critical']),
  proposal: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('layout'), layoutId: z.string(), target: z.string(), label: z.string() }),
    z.object({ kind: z.literal('spotlight'), displayId: z.string(), panelId: z.string(), label: z.string() }),
  ]),
  state: z.enum(['open', 'accepted', 'dismissed', 'applied']),
  closedBy: z.string().nullable(),
});
export type AlertProposal = z.infer<typeof alertProposalSchema>;
