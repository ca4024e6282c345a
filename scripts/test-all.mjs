// Runs every check (typecheck, lint, unit tests, build, end-to-end tests) even
// when one fails, then prints one plain line: "tests: N passed, N failed".
// A failed typecheck, lint or build counts as one failure; so does a test
// runner that ran no test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const results = 'test-results';
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const lines = [];

function run(name, command, args) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  return status === 0;
}

function step(name, command, args) {
  const ok = run(name, command, args);
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
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
    `${numFailedTests + broken ? 'FAIL' : 'ok  '} ${name}: ${numPassedTests} passed, ${numFailedTests} failed${broken ? ' (and the runner failed)' : ''}`,
  );
}

step('typecheck', 'npx', ['tsc', '-b']);
step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
step('format', 'npx', ['prettier', '--check', '.']);
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
