// TLS settings in the archive's URL are honoured: a PostgreSQL serving TLS with a certificate of a
// test CA made here (openssl), and connections that ask for it, verify it, or refuse to.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ArchiveError, connect } from '../../src/archive/db';
import { giveToPostgres, startPostgres, type PgServer } from '../harness/postgres';

function openssl(args: string[], cwd: string): void {
  const r = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, `openssl ${args.join(' ')}: ${r.stderr || r.error}`);
}

describe('archive connections honour the TLS settings in the URL', function () {
  this.timeout(120_000);
  let pg: PgServer;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-tls-'));
    fs.chmodSync(dir, 0o755);
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Citedesk test CA'], dir);
    openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1'], dir);
    fs.writeFileSync(path.join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
    openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '2', '-extfile', 'san.ext'], dir);
    fs.chmodSync(path.join(dir, 'server.key'), 0o600);
    giveToPostgres(path.join(dir, 'server.key'));
    giveToPostgres(path.join(dir, 'server.crt'));
    pg = await startPostgres({ settings: { ssl: 'on', ssl_cert_file: path.join(dir, 'server.crt'), ssl_key_file: path.join(dir, 'server.key'), fsync: 'off' } });
  });
  after(async () => {
    await pg?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const usesTls = async (url: string) => {
    const c = await connect(url);
    try {
      return (await c.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')).rows[0].ssl as boolean;
    } finally {
      await c.end();
    }
  };

  it('verifies the server against the CA given (sslmode=verify-full, sslrootcert)', async () => {
    assert.strictEqual(await usesTls(`${pg.url('postgres')}?sslmode=verify-full&sslrootcert=${encodeURIComponent(path.join(dir, 'ca.pem'))}`), true);
  });

  it('refuses a server it cannot verify, and says it was TLS', async () => {
    await assert.rejects(connect(`${pg.url('postgres')}?sslmode=verify-full`), (e: ArchiveError) => /^TLS to the archive database postgres on 127\.0\.0\.1:\d+ failed: .*(self[- ]signed|certificate)/.test(e.message));
  });

  it('uses TLS without verifying only when told to (sslmode=no-verify), and none with sslmode=disable', async () => {
    assert.strictEqual(await usesTls(`${pg.url('postgres')}?sslmode=no-verify`), true);
    assert.strictEqual(await usesTls(`${pg.url('postgres')}?sslmode=disable`), false);
  });
});
