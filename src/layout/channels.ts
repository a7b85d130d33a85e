import { panelKinds } from './panel-kinds/index.js';
import type { DisplayLayout } from './schema.js';

/**
 * The live data channels the panels of a display read (the hub subscribes the display to these; the
 * display ages its data by them). A panel whose kind is unknown or cannot read its options reads none:
 * it shows its own error card.
 */
export function displayChannels(display: Pick<DisplayLayout, 'panels'>): string[] {
  const channels = new Set<string>();
  for (const panel of display.panels) {
    try {
      for (const channel of panelKinds.get(panel.kind)?.channels(panel.options) ?? []) if (typeof channel === 'string') channels.add(channel);
    } catch {
      // Options a kind cannot read: no channel.
    }
  }
  return [...channels].sort();
}
