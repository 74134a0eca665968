import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, it } from 'node:test';
import { LoopbackClient, LoopbackError } from '../../electron/core/auth/loopback-client.js';

/** Sends a request to the loopback listener and returns status and body. */
function send(port: number, method: 'GET' | 'POST', path: string, form?: string, headers: Record<string, string> = {}, host = '127.0.0.1'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port, method, path, headers: { ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (form) req.write(form);
    req.end();
  });
}

/** Resolves with the socket error code when nothing listens on the port. */
function connectError(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', () => { socket.destroy(); resolve('connected'); });
    socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
  });
}

/**
 * Listeners of the running test, closed after it whether it passed or not: a failed assertion
 * before closeServer() would otherwise leave the port listening (default timeout: minutes) and
 * keep the file running until the runner's 120 s timeout.
 */
const listening: LoopbackClient[] = [];

async function started(options: ConstructorParameters<typeof LoopbackClient>[0], state = 'state-1') {
  const client = new LoopbackClient(options);
  listening.push(client);
  const reply = client.listenForAuthCode(state);
  reply.catch(() => undefined);
  const redirectUri = await client.whenListening();
  return { client, reply, redirectUri, port: Number(new URL(redirectUri).port) };
}

describe('loopback client', () => {
  afterEach(() => {
    for (const client of listening.splice(0)) client.closeServer();
  });

  it('takes a form_post reply with our state, shows the German success page, and closes', async () => {
    const { client, reply, redirectUri, port } = await started({ language: 'de' });
    assert.match(redirectUri, /^http:\/\/localhost:\d+$/);
    const page = await send(port, 'POST', '/', 'code=abc&state=state-1&client_info=xyz');
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>Anmeldung abgeschlossen<\/h1>/);
    assert.deepEqual(await reply, { code: 'abc', state: 'state-1', client_info: 'xyz' });
    client.closeServer();
    assert.equal(await connectError(port), 'ECONNREFUSED');
  });

  it('also takes a query reply (GET /?code=…)', async () => {
    const { client, reply, port } = await started({ language: 'en' });
    const page = await send(port, 'GET', '/?code=q1&state=state-1');
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>Sign-in complete<\/h1>/);
    assert.equal((await reply).code, 'q1');
    client.closeServer();
  });

  it('ignores requests without a reply (favicon, empty GET)', async () => {
    const { client, port } = await started({ language: 'en' });
    assert.equal((await send(port, 'GET', '/favicon.ico')).status, 404);
    assert.equal((await send(port, 'GET', '/')).status, 204);
    client.closeServer();
  });

  it('shows Entra\'s error, AADSTS code and description on the error page', async () => {
    const { client, reply, port } = await started({ language: 'en' });
    const description = 'AADSTS65004: User declined to consent to access the app.';
    const page = await send(port, 'POST', '/', new URLSearchParams({ error: 'access_denied', error_description: description, state: 'state-1' }).toString());
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>Sign-in failed<\/h1>/);
    assert.match(page.body, /<dd id="error">access_denied<\/dd>/);
    assert.match(page.body, /<dd id="aadsts">AADSTS65004<\/dd>/);
    assert.match(page.body, /<dd id="description">AADSTS65004: User declined to consent to access the app\.<\/dd>/);
    assert.deepEqual(await reply, { error: 'access_denied', error_description: description, state: 'state-1' });
    client.closeServer();
  });

  it('ends the sign-in on a state mismatch with an error page instead of waiting', async () => {
    const { client, reply, port } = await started({ language: 'de' });
    const page = await send(port, 'POST', '/', 'code=abc&state=someone-else');
    assert.equal(page.status, 400);
    assert.match(page.body, /<dd id="error">state_mismatch<\/dd>/);
    assert.match(page.body, /gehört nicht zu der Anmeldung/);
    await assert.rejects(reply, (err: unknown) => err instanceof LoopbackError && err.failure === 'state_mismatch');
    client.closeServer();
    assert.equal(await connectError(port), 'ECONNREFUSED');
  });

  it('gives up after the timeout and stops listening', async () => {
    const { reply, port } = await started({ language: 'en', timeoutMs: 150 });
    await assert.rejects(reply, (err: unknown) => err instanceof LoopbackError && err.failure === 'timeout');
    assert.equal(await connectError(port), 'ECONNREFUSED');
  });

  it('stops on abort and stops listening', async () => {
    const controller = new AbortController();
    const { reply, port } = await started({ language: 'en', signal: controller.signal });
    controller.abort();
    await assert.rejects(reply, (err: unknown) => err instanceof LoopbackError && err.failure === 'cancelled');
    assert.equal(await connectError(port), 'ECONNREFUSED');
  });

  it('with redirectHost 127.0.0.1: the IP literal in the redirect URI, only that Host accepted', async () => {
    const { client, reply, redirectUri, port } = await started({ language: 'en', redirectHost: '127.0.0.1' });
    assert.equal(redirectUri, `http://127.0.0.1:${port}`);
    const viaLocalhost = await send(port, 'GET', '/?code=abc&state=state-1', undefined, { Host: `localhost:${port}` });
    assert.equal(viaLocalhost.status, 421);
    assert.equal((await send(port, 'POST', '/', 'code=lit&state=state-1')).status, 200);
    assert.equal((await reply).code, 'lit');
    client.closeServer();
  });

  it('with localhost: holds the same port on [::1] too, so no other process can take the IPv6 side', async (t) => {
    const { client, reply, port } = await started({ language: 'en' });
    const v6 = await new Promise<string>((resolve) => {
      const probe = net.createServer();
      probe.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
      probe.listen(port, '::1', () => probe.close(() => resolve('free')));
    });
    if (v6 === 'EADDRNOTAVAIL' || v6 === 'EAFNOSUPPORT') {
      t.skip('no IPv6 loopback on this machine');
    } else {
      assert.equal(v6, 'EADDRINUSE');
      const page = await send(port, 'POST', '/', 'code=six&state=state-1', { Host: `localhost:${port}` }, '::1');
      assert.equal(page.status, 200);
      assert.equal((await reply).code, 'six');
    }
    client.closeServer();
    assert.equal(await connectError(port), 'ECONNREFUSED');
  });

  it('refuses a request for another Host name (DNS rebinding) and keeps waiting', async () => {
    const { client, reply, port } = await started({ language: 'en' });
    const rebound = await send(port, 'POST', '/', 'code=abc&state=state-1', { Host: `attacker.example:${port}` });
    assert.equal(rebound.status, 421);
    const otherPort = await send(port, 'GET', '/?code=abc&state=state-1', undefined, { Host: `localhost:${port + 1}` });
    assert.equal(otherPort.status, 421);
    assert.equal((await send(port, 'POST', '/', 'code=real&state=state-1')).status, 200);
    assert.equal((await reply).code, 'real');
    client.closeServer();
  });

  it('refuses a cross-site POST with a foreign state without ending the sign-in; Entra\'s reply still arrives', async () => {
    const { client, reply, port } = await started({ language: 'en', replyOrigins: ['https://login.microsoftonline.com'] });
    const browserPost = { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' };
    const forged = await send(port, 'POST', '/', 'code=evil&state=guessed', { ...browserPost, Origin: 'https://login.microsoftonline.com' });
    assert.equal(forged.status, 403);
    const foreign = await send(port, 'POST', '/', 'code=evil&state=state-1', { ...browserPost, Origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    const scripted = await send(port, 'POST', '/', 'code=evil&state=state-1', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors', Origin: 'https://login.microsoftonline.com' });
    assert.equal(scripted.status, 403);
    const plainHttp = await started({ language: 'en' });
    assert.equal((await send(plainHttp.port, 'POST', '/', 'code=evil&state=state-1', { ...browserPost, Origin: 'http://192.168.1.20' })).status, 403);
    plainHttp.client.closeServer();

    const entra = await send(port, 'POST', '/', 'code=abc&state=state-1', { ...browserPost, Origin: 'https://login.microsoftonline.com' });
    assert.equal(entra.status, 200);
    assert.equal((await reply).code, 'abc');
    client.closeServer();
  });
});
