// `npm run desk:reviewer -- --name "Mara Lindqvist" --role curator`: adds a reviewer to the
// desk's reviewers file and prints their token once; the file keeps only its SHA-256.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { newToken, parseReviewers, tokenHash, type DeskRole } from './reviewers';

const { values } = parseArgs({
  options: { name: { type: 'string' }, role: { type: 'string', default: 'reviewer' } },
});
const role = values.role as DeskRole;
if (!values.name?.trim() || !['reader', 'reviewer', 'curator'].includes(role)) {
  console.error('Usage: npm run desk:reviewer -- --name "<name>" --role reader|reviewer|curator');
  process.exit(1);
}
const dataDir = resolve(process.env.FACTMARK_DESK_DATA ?? 'desk-data');
const file = resolve(dataDir, process.env.FACTMARK_DESK_REVIEWERS ?? 'reviewers.json');
const reviewers = existsSync(file) ? parseReviewers(readFileSync(file, 'utf8')) : [];
const token = newToken();
reviewers.push({ id: randomUUID(), name: values.name.trim(), role, tokenSha256: tokenHash(token) });
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify({ reviewers }, null, 2)}\n`, { mode: 0o600 });
console.log(`Added ${values.name.trim()} (${role}) to ${file}.`);
console.log(`Their token, shown only now: ${token}`);
