// @vitest-environment node
// The desk server as it runs: real Hocuspocus, real SQLite, real Redis, clients over WebSockets.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDesk, type Desk } from '../../../src/desk-server/desk-server';
import {
  articleDocument,
  connect,
  deskConfig,
  deskFolder,
  freePort,
  startDeskProcess,
  startRedis,
  stopProcess,
  waitUntil,
  type DeskClient,
  cleanupsAfterEach,
} from '../../fixtures/desk';

const cleanups = cleanupsAfterEach();

async function desk(...args: Parameters<typeof deskConfig>): Promise<Desk> {
  const started = await startDesk(await deskConfig(...args), () => {});
  cleanups.push(() => started.stop());
  return started;
}

function client(...args: Parameters<typeof connect>): DeskClient {
  const c = connect(...args);
  cleanups.push(c.close);
  return c;
}

const notes = (c: DeskClient) => c.doc.getMap<string>('notes');

describe('the desk server', () => {
  it('brings one reviewer’s change to another on the same article', async () => {
    const folder = deskFolder();
    const { ada, ben } = folder;
    const { port } = await desk(folder);
    const name = articleDocument();
    const a = client(port, name, ada.token);
    const b = client(port, name, ben.token);
    await waitUntil('both are synced', () => a.synced && b.synced);
    notes(a).set('claim-1', 'Hallbeck is Habeck');
    await waitUntil('Ben has Ada’s note', () => notes(b).get('claim-1') === 'Hallbeck is Habeck');
  });

  it('refuses a wrong, a missing or a stolen-looking token, and sends nothing of the document', async () => {
    const folder = deskFolder();
    const { ada } = folder;
    const log: string[] = [];
    const config = await deskConfig(folder);
    const started = await startDesk(config, line => log.push(line));
    cleanups.push(() => started.stop());
    const name = articleDocument();
    const a = client(config.port, name, ada.token);
    await waitUntil('Ada is synced', () => a.synced);
    notes(a).set('claim-1', 'confidential draft');

    const wrong = client(config.port, name, `${ada.token}x`);
    const missing = client(config.port, name, null);
    await waitUntil('both are refused', () => wrong.refused !== null && missing.refused !== null);
    expect(wrong.refused).toBe('permission-denied');
    expect(missing.refused).toBe('permission-denied');
    // what Ada wrote never reached them, however long they stay
    await new Promise(r => setTimeout(r, 500));
    expect(notes(wrong).size + notes(missing).size).toBe(0);
    expect(log).toContain(`refused a connection to ${name}`);
    expect(log.join('\n')).not.toContain(ada.token);
  });

  it('lets a reader read, and never passes on what a reader writes', async () => {
    const folder = deskFolder();
    const { ada, cy } = folder;
    const { port } = await desk(folder);
    const name = articleDocument();
    const a = client(port, name, ada.token);
    const reader = client(port, name, cy.token);
    await waitUntil('both are synced', () => a.synced && reader.synced);
    notes(a).set('claim-1', 'checked');
    await waitUntil('the reader has Ada’s note', () => notes(reader).get('claim-1') === 'checked');
    notes(reader).set('claim-1', 'overwritten by a reader');
    notes(a).set('claim-2', 'after the reader wrote');
    const late = client(port, name, ada.token);
    await waitUntil('a new client has Ada’s second note', () => notes(late).has('claim-2'));
    expect(notes(late).get('claim-1')).toBe('checked');
    expect(notes(a).get('claim-1')).toBe('checked');
  });

  it('refuses a document that is not an article’s', async () => {
    const folder = deskFolder();
    const { port } = await desk(folder);
    const c = client(port, '../etc/passwd', folder.ada.token);
    await waitUntil('it is refused', () => c.refused !== null);
    expect(c.refused).toBe('permission-denied');
  });

  it('stores what was written when it stops, and gives it to the next server', async () => {
    const folder = deskFolder();
    const { ada, ben } = folder;
    const first = await startDesk(await deskConfig(folder), () => {});
    const name = articleDocument();
    const a = connect(first.port, name, ada.token);
    await waitUntil('Ada is synced', () => a.synced);
    notes(a).set('claim-1', 'stored');
    await waitUntil('the change is sent', () => !a.provider.hasUnsyncedChanges);
    // stopped with Ada still connected, before the half second after which it would store
    await first.stop();
    a.close();

    const { port } = await desk(folder);
    const b = client(port, name, ben.token);
    await waitUntil('Ben has the stored note', () => notes(b).get('claim-1') === 'stored');
  });

  it('is one desk over two instances sharing Redis and the database', async () => {
    const redis = await startRedis();
    cleanups.push(redis.stop);
    const folder = deskFolder();
    const { ada, ben } = folder;
    const shared = { redis: { host: '127.0.0.1', port: redis.port } };
    const one = await desk(folder, { ...shared, name: 'one' });
    const two = await desk(folder, { ...shared, name: 'two' });
    const name = articleDocument();
    const a = client(one.port, name, ada.token);
    const b = client(two.port, name, ben.token);
    await waitUntil('both are synced', () => a.synced && b.synced);
    notes(a).set('from-one', 'Ada');
    notes(b).set('from-two', 'Ben');
    await waitUntil(
      'each has the other’s note',
      () => notes(a).has('from-two') && notes(b).has('from-one'),
    );
    expect(notes(a).toJSON()).toEqual(notes(b).toJSON());
  });
});

describe('npm run desk', () => {
  it('killed and started again, loses nothing stored, and its clients reconnect by themselves', async () => {
    const folder = deskFolder();
    const port = await freePort();
    const start = () => startDeskProcess(port, folder.dataDir);
    let server = await start();
    cleanups.push(() => stopProcess(server));
    const name = articleDocument();
    const a = client(port, name, folder.ada.token);
    const c = client(port, name, folder.cy.token);
    await waitUntil('Ada and Cy are synced', () => a.synced && c.synced);
    notes(a).set('claim-1', 'before the crash');
    // stored half a second after the last change; then Ada leaves, so only the database has it
    await new Promise(r => setTimeout(r, 1500));
    a.close();
    await stopProcess(server, 'SIGKILL');
    const b = client(port, name, folder.ben.token);
    notes(b).set('claim-2', 'written by Ben while the server was down');

    server = await start();
    const late = client(port, name, folder.cy.token);
    await waitUntil('a new reader has Ada’s note from the database', () =>
      notes(late).has('claim-1'),
    );
    await waitUntil(
      'Ben reconnected by himself and sent his note, which Cy, reconnected too, received',
      () => notes(late).has('claim-2') && notes(c).has('claim-2'),
      20_000,
    );
  }, 40_000);
});

describe('the app on the desk’s origin', () => {
  it('serves the built app with the security headers, and nothing outside it', async () => {
    const appDir = mkdtempSync(join(tmpdir(), 'factmark-app-'));
    mkdirSync(join(appDir, 'assets'));
    writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>Factmark</title>');
    writeFileSync(join(appDir, 'assets', 'app-1a2b.js'), 'console.log(1)');
    const folder = deskFolder();
    const { port } = await desk(folder, { appDir });
    const get = (path: string, method = 'GET') =>
      fetch(`http://127.0.0.1:${port}${path}`, { method });

    const page = await get('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Factmark</title>');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get('/assets/app-1a2b.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const outside of ['/../reviewers.json', '/%2e%2e/reviewers.json', '/assets/', '/nothing'])
      expect((await get(outside)).status, outside).toBe(404);
    expect((await get('/', 'POST')).status).toBe(405);
  });
});
