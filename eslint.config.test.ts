import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The architectural boundaries of DESIGN §2 are lint rules; this proves each one fires.
const eslint = new ESLint({ cwd: import.meta.dirname });

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint boundaries', () => {
  it.each([
    ['src/layout/x.ts', "import { readFileSync } from 'node:fs';", 'Node built-ins are not available here'],
    ['src/layout/x.ts', "import { startHub } from '../../main/hub/hub.js';", 'src imports nothing outside src'],
    ['src/domain/x.ts', "import { app } from 'electron';", 'Only main/shell may import electron'],
    ['main/hub/x.ts', "import { app } from 'electron';", 'Only main/shell may import electron'],
    ['main/hub/x.ts', "import { WallApp } from '../../renderer/wall/WallApp.js';", 'main never imports renderer'],
    ['renderer/wall/x.ts', "import { startHub } from '../../main/hub/hub.js';", 'renderer never imports main'],
    ['renderer/wall/x.ts', "import { join } from 'path';", 'Node built-ins are not available here'],
    ['renderer/panels/kpi/x.ts', "import { ClockPanel } from '../clock/ClockPanel.js';", 'Panels never import each other'],
    ['sim/generators/x.ts', "import { startHub } from '../../main/hub/hub.js';", 'sim imports only src'],
    ['sim/x.ts', "import { WallApp } from '../renderer/wall/WallApp.js';", 'sim imports only src'],
    ['main/hub/x.ts', "import { createShell } from '../shell/shell.js';", 'the hub never imports the shell'],
    ['main/hub/wall/x.ts', "import { planDisplays } from '../../shell/display-map.js';", 'the hub never imports the shell'],
  ])('%s: %s is refused', async (file, source, message) => {
    expect((await restrictedImports(file, `${source}\nexport const used = 1;\n`)).join('\n')).toContain(message);
  });

  it.each([
    ['main/shell/x.ts', "import { app } from 'electron';"],
    ['main/hub/x.ts', "import { panelKinds } from '../../src/layout/panel-kinds/index.js';"],
    ['renderer/panels/kpi/x.ts', "import { PanelFrame } from '../PanelFrame.js';"],
    ['renderer/wall/x.ts', "import { CHANNELS } from '../../src/protocol/feed/channels.js';"],
    ['sim/generators/x.ts', "import { CHANNELS } from '../../src/protocol/feed/channels.js';"],
    ['main/hub/x.ts', "import { loadRoomConfigFile } from '../config/load.js';"],
  ])('%s: %s is allowed', async (file, source) => {
    expect(await restrictedImports(file, `${source}\nexport const used = 1;\n`)).toEqual([]);
  });
});
