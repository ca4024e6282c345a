// Runs every check (typecheck, lint, unit tests, build, end-to-end tests) even
// when one fails, then prints one plain line: "tests: N passed, N failed".
// A failed typecheck, lint or build counts as one failure; so does a test
// runner that ran no test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SQLITE_BUILD, sqliteBuild, sqliteMissing } from './ensure-deps.mjs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const results = 'test-results';
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const lines = [];

/** Seconds each step took, so a slow CI run says where its time went. */
const took = {};

function run(name, command, args) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  took[name] = Math.round((Date.now() - started) / 1000);
  return status === 0;
}

function step(name, command, args) {
  const ok = run(name, command, args);
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${took[name]} s)`);
  if (!ok) failed += 1;
  return ok;
}

function tests(name, args) {
  const report = `${results}/${name}.json`;
  rmSync(report, { force: true });
  const exitedOk = run(name, 'npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    lines.push(`FAIL ${name}: the runner wrote no report`);
    failed += 1;
    return;
  }
  const { numPassedTests, numFailedTests, numTotalTests } = JSON.parse(
    readFileSync(report, 'utf8'),
  );
  // a runner that ran nothing, or failed outside any test (a hook, an unhandled error), is a failure
  const broken = numTotalTests === 0 || (!exitedOk && numFailedTests === 0) ? 1 : 0;
  passed += numPassedTests;
  failed += numFailedTests + broken;
  lines.push(
    `${numFailedTests + broken ? 'FAIL' : 'ok  '} ${name}: ${numPassedTests} passed, ${numFailedTests} failed${broken ? ' (and the runner failed)' : ''} (${took[name]} s)`,
  );
}

/**
 * Runs single-threaded checks side by side (each uses one core) and prints
 * each one's output whole, in the order given, once all have finished.
 */
async function sideBySide(checks) {
  const outcomes = await Promise.all(
    checks.map(
      ([name, command, args]) =>
        new Promise(resolve => {
          const started = Date.now();
          const child = spawn(command, args, { env });
          let output = '';
          child.stdout.on('data', chunk => (output += chunk));
          child.stderr.on('data', chunk => (output += chunk));
          child.on('error', error => (output += `${error.message}\n`));
          child.on('close', status => {
            took[name] = Math.round((Date.now() - started) / 1000);
            resolve({ name, command, args, ok: status === 0, output });
          });
        }),
    ),
  );
  for (const { name, command, args, ok, output } of outcomes) {
    console.log(`\n=== ${name}: ${[command, ...args].join(' ')}\n${output}`);
    lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${took[name]} s)`);
    if (!ok) failed += 1;
  }
}

// a fresh install leaves the desk server's SQLite to compile (scripts/ensure-deps.mjs): it
// compiles beside the checks below, and is done before the unit tests start the desk server
const started = Date.now();
const sqlite = sqliteMissing() ? sqliteBuild() : null;
await sideBySide([
  ['typecheck', 'npx', ['tsc', '-b']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.']],
]);
if (sqlite) {
  const { ok, output } = await sqlite;
  took['sqlite3 build'] = Math.round((Date.now() - started) / 1000);
  console.log(
    `\n=== sqlite3 build (for the desk server): ${SQLITE_BUILD.flat().join(' ')}\n${output}`,
  );
  lines.push(`${ok ? 'ok  ' : 'FAIL'} sqlite3 build (${took['sqlite3 build']} s)`);
  if (!ok) failed += 1;
}
tests('unit', []);
if (step('build', 'npx', ['vite', 'build'])) {
  tests('e2e', ['--config', 'vitest.e2e.config.ts']);
} else {
  lines.push('FAIL e2e: not run, the build failed');
  failed += 1;
}

const summary = `tests: ${passed} passed, ${failed} failed`;
writeFileSync(`${results}/summary.txt`, `${lines.join('\n')}\n${summary}\n`);
console.log(`\n${lines.join('\n')}\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
