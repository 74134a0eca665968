/**
 * `decode --profile …` on the command line and the app's decode operation use the same decoder
 * with the product context (issue 8 items 3.2 and 4): for ETRON, Odoo hides the AUTH reply, so
 * "530 5.7.57" ranks the real sign-in causes first.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { decodeError, validateDecodeRequest } from '../../electron/ipc/ops/decode-ops.js';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const REPLY = "smtplib.SMTPSenderRefused: (530, b'5.7.57 Client not authenticated to send mail. [FR2P281CA0164.DEUP281.PROD.OUTLOOK.COM]', 'shop@contoso.de')";

function cli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [path.join(root, 'electron/cli.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 90_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('decode with a product profile', () => {
  it('decode --profile etron --json ranks the AUTH causes Odoo hides behind 530 5.7.57 first', () => {
    const r = cli(['decode', '--profile', 'etron', '--json', REPLY]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { causes: { category: string }[] };
    assert.deepEqual(out.causes.slice(0, 3).map((c) => c.category), ['smtp_auth_disabled_mailbox', 'token_expired_or_invalid', 'shared_mailbox_smtp_login']);
    const generic = JSON.parse(cli(['decode', '--profile', 'generic', '--json', REPLY]).stdout) as { causes: { category: string }[] };
    assert.equal(generic.causes[0]?.category, 'not_authenticated');
  });

  it('decode says when its answer is a guess, and rejects an unknown profile', () => {
    const r = cli(['decode', '--lang', 'en', 'Sending via SMTP failed, the server closed the session.']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /This is a guess/);
    assert.match(r.stdout, /^Best guess: /m);
    assert.doesNotMatch(r.stdout, /Most likely cause/);
    const german = cli(['decode', '--lang', 'de', 'Zugriff verweigert']).stdout;
    assert.match(german, /^Beste Vermutung: /m);
    // The app's word for a cause's confidence (its glossary), not "Sicherheit".
    assert.match(german, /, Wahrscheinlichkeit \d+ %\]/);
    assert.doesNotMatch(german, /Sicherheit \d/);
    assert.match(r.stdout, /, likelihood \d+ %\]/);
    const bad = cli(['decode', '--profile', 'odoo', REPLY]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--profile must be inventory360, etron or generic/);
  });

  it('a bare 535 5.7.3 asks how the app signs in; --flow answers it (app-only: the service principal first)', () => {
    const bare = '535 5.7.3 Authentication unsuccessful [FR3P281CA0094.DEUP281.PROD.OUTLOOK.COM]';
    const open = cli(['decode', '--lang', 'en', bare]);
    assert.equal(open.status, 0, open.stderr);
    assert.match(open.stdout, /Add --flow app-only \(as itself, with a client secret or certificate\) or --flow delegated \(as a user\)/);
    // The flow ranks the causes; which one it is, only the check can tell — the answer says so (German too).
    assert.match(open.stdout, /This message alone does not settle the cause: .* The check command tests sign-in, permissions and sending/);
    assert.match(cli(['decode', '--lang', 'de', '--flow', 'app-only', bare]).stdout, /Diese Meldung allein legt die Ursache nicht fest: .* Der Befehl check testet/);
    // A message that names its cause says nothing of the kind.
    assert.doesNotMatch(cli(['decode', '--lang', 'en', 'AADSTS7000215: Invalid client secret provided.']).stdout, /does not settle the cause/);
    const json = JSON.parse(cli(['decode', '--json', bare]).stdout) as { ask?: string };
    assert.equal(json.ask, 'flow');
    const answered = JSON.parse(cli(['decode', '--json', '--flow', 'app-only', bare]).stdout) as { ask?: string; causes: { category: string }[] };
    assert.equal(answered.ask, undefined);
    assert.equal(answered.causes[0]?.category, 'service_principal_missing_or_wrong_id');
    const bad = cli(['decode', '--flow', 'sideways', bare]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--flow must be app-only or delegated/);
  });

  it("the app's decode operation takes the same optional profile and flow", () => {
    const delegated = validateDecodeRequest({ text: '535 5.7.3 Authentication unsuccessful', flow: 'delegated' });
    assert.ok(delegated.ok);
    const answer = decodeError(delegated.value);
    assert.ok(answer.ok);
    assert.equal(answer.value.ask, undefined);
    assert.equal(answer.value.causes[1]?.category, 'wrong_scope_or_resource');
    assert.equal(validateDecodeRequest({ text: 'x', flow: 'both' }).ok, false);

    const request = validateDecodeRequest({ text: REPLY, profile: 'etron' });
    assert.ok(request.ok);
    const result = decodeError(request.value);
    assert.ok(result.ok);
    assert.equal(result.value.causes[0]?.category, 'smtp_auth_disabled_mailbox');
    assert.equal(result.value.causes[0]?.step, 'smtp-auth');
  });

  it('ends quietly when the reader of its output stops early (… | head), without a stack trace', async () => {
    const child = spawn(tsx, [path.join(root, 'electron/cli.ts'), 'decode', '--lang', 'en', REPLY], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /EPIPE|Unhandled|at /);
    assert.equal(code, 0);
  });
});
