// Installs the project's npm dependencies when they are missing or older than
// package-lock.json, so `npm start` and `npm test` work on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const stale =
  !existsSync(installed) ||
  (existsSync('package-lock.json') &&
    statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs);

if (stale) {
  const command = existsSync('package-lock.json') ? 'npm ci' : 'npm install';
  console.log(`Installing dependencies (${command})…`);
  // sqlite3 (the desk server's) compiles from source here: let node-gyp use every core
  execSync(`${command} --no-audit --no-fund`, {
    stdio: 'inherit',
    env: { ...process.env, JOBS: process.env.JOBS ?? 'max' },
  });
}
