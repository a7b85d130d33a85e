import { z } from 'zod';
import { provinceCodeSchema } from '../../layout/panel-kinds/map/views.js';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes (at most 63)');

/**
 * A briefing agenda (room config presenter.agendas): the boards of a briefing in order, each with the
 * province in focus and the presenter's notes, stepped through from the presenter's page.
 */
export const agendaStepSchema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  /** The board the room's walls show for this step. */
  layoutId: id,
  area: provinceCodeSchema.nullable().default(null),
  notes: z.string().max(2_000).default(''),
});
export type AgendaStep = z.output<typeof agendaStepSchema>;

export const agendaSchema = z.strictObject({
  id,
  name: z.string().trim().min(1).max(120),
  steps: z.array(agendaStepSchema).min(1, 'an agenda needs at least one step').max(50),
});
export type Agenda = z.output<typeof agendaSchema>;
