/**
 * Runs one client's call in a tight loop against the stub transport, for CPU profiles:
 *
 *   node --cpu-prof --cpu-prof-dir=prof --import tsx src/profile.ts high activeNumber.get 50000
 *
 * Clients: contract, low, high (see sections/overhead.ts). No network, no server: the profile
 * shows only the client's own work.
 */
import { OPERATIONS, type Operation } from './contenders.js';
import { candidates } from './sections/overhead.js';

const [id = 'high', op = 'activeNumber.get', countText = '50000'] = process.argv.slice(2);
const candidate = candidates().find((row) => row.id === id);
if (!candidate || !(OPERATIONS as readonly string[]).includes(op)) {
  throw new Error(`usage: profile.ts <contract|low|high> <${OPERATIONS.join('|')}> [calls]`);
}
const call = candidate.calls[op as Operation];
const calls = Number(countText);
const started = performance.now();
for (let i = 0; i < calls; i++) await call();
const perCall = ((performance.now() - started) * 1000) / calls;
console.log(`${candidate.label} ${op}: ${perCall.toFixed(1)} µs per call over ${calls} calls`);
