import type { CommandHandlers } from '../router.js';
import type { ControlServices } from './services.js';

export function switchingHandlers(s: ControlServices): Pick<CommandHandlers, 'layout.switch' | 'spotlight.show' | 'spotlight.clear' | 'map.focus' | 'display.reload'> {
  return {
    'layout.switch': ({ target, layoutId }, { actor }) => {
      const started = s.control.show(target, layoutId, actor);
      // A board put up by hand ends the playlists running there (a schedule may start one again).
      s.playlists.stopOnTarget(target);
      return started;
    },
    'spotlight.show': ({ displayId, layoutId, panelId }, { actor }) => s.control.spotlight(displayId, layoutId, panelId, actor),
    'spotlight.clear': ({ displayId }, { actor }) => s.control.clearSpotlight(displayId, actor),
    'map.focus': ({ target, area, panelId }) => s.control.focusMap(target, area, panelId),
    'display.reload': ({ displayId }, { actor }) => ({ pages: s.control.reloadDisplay(displayId, `asked by ${actor.id}`) }),
  };
}
