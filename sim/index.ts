/** The reference national reporting backend (DESIGN §1): see sim/README.md. */
export { runSimCommand, SIM_HELP } from './cli.js';
export { every, ManualClock, realClock, type Clock } from './clock.js';
export { FAULT_DEFAULTS, parseFaults, type Faults } from './faults.js';
export type { Count, SimStats } from './feed/stats.js';
export { startSim, type RunningSim, type SimOptions } from './server.js';
