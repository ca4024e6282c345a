// Installs the project's npm dependencies when they are missing or older than
// package-lock.json, so `npm start` and `npm test` work on a fresh clone.
//
// The one install script among them is sqlite3's, the desk server's: no prebuilt binary is
// reachable here, so it compiles from source. The app never needs it, so the install skips it
// and `sqliteBuild` compiles it when something that runs the desk server asks: `--desk` here
// (`npm run desk`, the bench), or the test runner, which compiles it beside the typecheck and
// lint instead of before them.
import { execSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const installed = 'node_modules/.package-lock.json';
const SQLITE_BINDING = 'node_modules/sqlite3/build/Release/node_sqlite3.node';
// let node-gyp use every core
const buildEnv = () => ({ ...process.env, JOBS: process.env.JOBS ?? 'max' });

/** Installs the dependencies if they are missing or stale, without compiling sqlite3. */
export function ensureInstalled() {
  const stale =
    !existsSync(installed) ||
    (existsSync('package-lock.json') &&
      statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs);
  if (!stale) return;
  const command = existsSync('package-lock.json') ? 'npm ci' : 'npm install';
  console.log(`Installing dependencies (${command})…`);
  execSync(`${command} --no-audit --no-fund --ignore-scripts`, { stdio: 'inherit' });
}

/** Whether sqlite3 still has to be compiled for the desk server. */
export const sqliteMissing = () => !existsSync(SQLITE_BINDING);

/**
 * The command that compiles sqlite3 (its own install script), as [command, args]. Where the
 * system's SQLite is installed with its headers (Debian's `libsqlite3-dev`), the binding links
 * to it and only the binding compiles (15 s of CPU); otherwise the build compiles the SQLite
 * bundled with the package as well (67 s). Never a download: none is reachable here.
 */
export const SQLITE_BUILD = [
  'npm',
  [
    'rebuild',
    'sqlite3',
    '--foreground-scripts',
    '--build-from-source',
    ...(existsSync('/usr/include/sqlite3.h') ? ['--sqlite=/usr'] : []),
  ],
];

/** Compiles sqlite3 in a child process; resolves to its exit status and output. */
export function sqliteBuild() {
  const [command, args] = SQLITE_BUILD;
  return new Promise(resolve => {
    const child = spawn(command, args, { env: buildEnv() });
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    child.on('error', error => resolve({ ok: false, output: `${output}${error.message}\n` }));
    child.on('close', status => resolve({ ok: status === 0, output }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureInstalled();
  if (process.argv.includes('--desk') && sqliteMissing()) {
    console.log('Compiling SQLite for the desk server (sqlite3; once)…');
    const [command, args] = SQLITE_BUILD;
    execSync([command, ...args].join(' '), { stdio: 'inherit', env: buildEnv() });
  }
}
