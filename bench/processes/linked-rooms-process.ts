import { startLinkedRooms } from '../../main/testing/linked-rooms.js';
import { ready } from './child.js';

// The central room and Quảng Ninh, linked on loopback (through the test's TCP proxy), serving the built renderer.
const rooms = await startLinkedRooms({ graceSeconds: 60 });
ready({ central: rooms.central.url, province: rooms.province.url });
process.on('SIGTERM', () => void rooms.stop().then(() => process.exit(0)));
