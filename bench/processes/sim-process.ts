import { startSim } from '../../sim/server.js';
import { ready } from './child.js';

const config = JSON.parse(process.argv[2] ?? '{}') as { credential: string; rate: number };
const sim = await startSim({ host: '127.0.0.1', port: 0, seed: 11, rate: config.rate, credential: config.credential });
ready({ url: sim.url });
process.on('SIGTERM', () => void sim.close().then(() => process.exit(0)));
