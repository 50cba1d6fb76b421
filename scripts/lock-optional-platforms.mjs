// `npm ci` refuses a lockfile that lacks entries for rollup's optional per-platform packages, and
// `npm install` leaves them out when the registry it reaches does not serve them (this workplace's
// mirror serves only the Linux glibc builds). This adds the missing entries, with their os/cpu/libc,
// so `npm ci` accepts the lock and skips them on this platform as it would anyway.
// Run after any `npm install` that rewrites package-lock.json: node scripts/lock-optional-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const rollup = packages['node_modules/rollup'];
let added = 0;
for (const name of Object.keys(rollup?.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (packages[key]) continue;
  const [os, cpu, ...rest] = name.replace('@rollup/rollup-', '').split('-');
  const libc = os === 'linux' ? [rest.join('-').includes('musl') ? 'musl' : 'glibc'] : undefined;
  packages[key] = {
    version: rollup.version,
    cpu: [cpu],
    dev: true,
    ...(libc ? { libc } : {}),
    license: 'MIT',
    optional: true,
    os: [os],
  };
  added++;
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))),
);
writeFileSync(path, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entries added`);
