/**
 * Mail servers and small MTAs relaying through Microsoft 365 (vocab-relay-clients.ts): Exim, Sendmail, OpenSMTPD,
 * nullmailer, dma, ssmtp and msmtp's texts the runtime vocabulary did not know (English and msmtp's German) — each as
 * the product logs it; Exchange's reply quoted by or logged next to the product's sentence decides.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Exim smtp transport relaying to smtp.office365.com', () => {
  expectFirst([
    ['2026-03-02 10:14:07 1vXyZ-000Abc-12 == alerts@contoso.com R=smarthost T=remote_msa defer (-42): authentication required but authentication attempt(s) failed', 'smtp_auth_failed_generic'],
    ['2026-03-02 10:14:07 1vXyZ-000Abc-12 == alerts@contoso.com R=smarthost T=remote_msa defer (-42): authentication required but server did not advertise AUTH support', 'tls_problem'],
    ['== alerts@contoso.com R=smarthost T=remote_msa defer (-42): authentication required but no common mechanisms were found', 'smtp_auth_failed_generic'],
    ['== alerts@contoso.com R=smarthost T=remote_msa defer (-38): Mandatory TLS session not started', 'tls_problem'],
    ['== alerts@contoso.com R=smarthost T=remote_msa defer (-18): Remote host closed connection in response to AUTH LOGIN', 'network_blocked'],
    ['== alerts@contoso.com R=smarthost T=remote_msa defer (-53): SMTP timeout after initial connection', 'network_blocked'],
    ["== alerts@contoso.com R=smarthost T=remote_msa defer (-53): retry time not reached for any host for 'contoso.com'", 'network_blocked'],
    ["** alerts@contoso.com: all hosts for 'contoso.com' have been failing for a long time (and retry time not reached)", 'network_blocked'],
  ]);

  it('Exchange\'s reply on the "authenticator failed" line decides over Exim\'s defer reason', () => {
    assert.equal(first('2026-03-02 10:14:07 1vXyZ-000Abc-12 login authenticator failed H=smtp.office365.com [52.97.183.2] 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]\n2026-03-02 10:14:07 1vXyZ-000Abc-12 == alerts@contoso.com R=smarthost T=remote_msa defer (-42): authentication required but authentication attempt(s) failed'), 'smtp_auth_disabled_tenant');
    assert.equal(first('** alerts@contoso.com R=smarthost T=remote_msa H=smtp.office365.com [52.97.183.2]: SMTP error from remote mail server after end of data: 550 5.7.60 SMTP; Client does not have permissions to send as this sender'), 'send_as_denied');
  });
});

describe('vocabulary: Sendmail relaying to a smart host', () => {
  expectFirst([
    ['sm-mta[2211]: AUTH=client, relay=smtp.office365.com [52.97.183.2], authinfo failed', 'not_authenticated'],
    ['sm-mta[2211]: 62A9QhL1002211: AUTH=client, available mechanisms=LOGIN XOAUTH2 do not fulfill requirements', 'smtp_auth_failed_generic'],
    ['sm-mta[2211]: AUTH=client, relay=smtp.office365.com, temporary failure, connection abort', 'smtp_auth_failed_generic'],
    ['sm-mta[2211]: 62A9QhL1002211: to=<ops@contoso.com>, delay=00:00:02, mailer=relay, pri=120, relay=smtp.office365.com. [52.97.183.2], dsn=4.3.0, stat=Deferred: Temporary AUTH failure', 'smtp_auth_failed_generic'],
    ['sm-mta[2211]: STARTTLS=client, error: connect failed=-1, reason=unknown, SSL_error=5, errno=104, retry=-1', 'tls_problem'],
  ]);
});

describe('vocabulary: OpenSMTPD relay', () => {
  expectFirst([
    ['smtpd[811]: 3f2a9c1be4d05a77 mta error reason=AUTH not advertised', 'unexpected_server_reply'],
    ['smtpd[811]: 3f2a9c1be4d05a77 mta error reason=no supported AUTH method', 'smtp_auth_failed_generic'],
    ['smtpd[811]: 3f2a9c1be4d05a77 mta error reason=Refuse to AUTH over insecure channel', 'tls_problem'],
    ['smtpd[811]: 3f2a9c1be4d05a77 mta error reason=TLS required but not supported by remote host', 'tls_problem'],
    ['smtpd[811]: 3f2a9c1be4d05a77 mta delivery evpid=8d2e5b0a1c3f4e57 from=<root@host.contoso.com> to=<ops@contoso.com> rcpt=<-> source="192.0.2.10" relay="smtp.office365.com" delay=1s result="TempFail" stat="Could not retrieve credentials"', 'not_authenticated'],
  ]);

  it('the reply after "AUTH rejected:" decides', () => {
    assert.equal(first('smtpd[811]: 3f2a9c1be4d05a77 mta error reason=AUTH rejected: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'basic_auth_used');
  });
});

describe('vocabulary: nullmailer', () => {
  expectFirst([
    ['nullmailer[933]: smtp: Failed: Server does not advertise any supported authentication methods', 'tls_problem'],
    ['nullmailer[933]: Sending failed: Failed to authenticate to server', 'smtp_auth_failed_generic'],
    ['nullmailer[933]: smtp: Failed: Server SSL/TLS certificate is untrusted', 'tls_problem'],
    ['nullmailer[933]: smtp: Failed: Server SSL/TLS certificate does not match hostname', 'tls_problem'],
    ['nullmailer[933]: smtp: Failed: Connect failed', 'network_blocked'],
  ]);

  it('Exchange\'s reply on the "smtp: Failed:" line decides over "Failed to authenticate to server"', () => {
    assert.equal(first('nullmailer[933]: smtp: Failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.\nnullmailer[933]: Sending failed: Failed to authenticate to server'), 'smtp_auth_disabled_mailbox');
  });
});

describe('vocabulary: dma (DragonFly Mail Agent)', () => {
  expectFirst([
    ['dma[1c2f.55d0a8]: non-encrypted SMTP login is disabled in config, so skipping it. ', 'tls_problem'],
    ['dma[1c2f.55d0a8]: SMTP login not available. Trying without.', 'tls_problem'],
    ['dma[1c2f.55d0a8]: remote delivery failed: SMTP login failed: Permission denied', 'smtp_auth_failed_generic'],
    ['SMTP login to smtp.office365.com failed', 'smtp_auth_failed_generic'],
    ['dma[1c2f.55d0a8]: remote delivery deferred: STARTTLS not available: 502 5.5.2 Command not recognized', 'tls_problem'],
  ]);

  it('Exchange\'s reply decides over dma\'s sentence', () => {
    assert.equal(first('dma[1c2f.55d0a8]: remote delivery failed: Authentication failed: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]\ndma[1c2f.55d0a8]: remote delivery failed: SMTP login failed: Permission denied'), 'basic_auth_used');
    assert.equal(first('dma[1c2f.55d0a8]: SMTP login not available. Trying without.\ndma[1c2f.55d0a8]: remote delivery to smtp.office365.com [52.97.183.2] failed after MAIL FROM: 530 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'not_authenticated');
  });
});

describe('vocabulary: sSMTP', () => {
  expectFirst([
    ['ssmtp: Authorization failed', 'smtp_auth_failed_generic'],
    ['ssmtp: Cannot open smtp.office365.com:587', 'network_blocked'],
    ['sSMTP[4410]: STARTTLS not working', 'tls_problem'],
    ['sSMTP[4410]: SSL not working', 'tls_problem'],
    ['ssmtp: Invalid response SMTP server', 'unexpected_server_reply'],
  ]);

  it('the reply in the parentheses decides', () => {
    assert.equal(first('ssmtp: Authorization failed (535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [BN6PR03CA0021.namprd03.prod.outlook.com])'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: msmtp (texts the runtime vocabulary did not know, and German)', () => {
  expectFirst([
    ['msmtp: the server does not support authentication', 'tls_problem'],
    ['msmtp: der Server unterstützt keine Authentifizierung', 'tls_problem'],
    ['msmtp: the server does not support TLS via the STARTTLS command', 'tls_problem'],
    ['msmtp: der POP-Server unterstützt über den STLS-Befehl kein TLS', 'tls_problem'],
    ['msmtp: der Server unterstützt Authentifizierungsmethode XOAUTH2 nicht', 'tls_problem'],
    ['msmtp: sichere Authentifizierungsmethode kann nicht benutzt werden', 'tls_problem'],
    ['msmtp: keine benutzbare Authentifizierungsmethode verfügbar', 'tls_problem'],
    ['msmtp: envelope from address root@host.contoso.com not accepted by the server', 'not_authenticated'],
    ['msmtp: Umschlagabsenderadresse root@host.contoso.com wird vom Server nicht akzeptiert', 'not_authenticated'],
  ]);

  it('the server message after msmtp\'s sentence decides', () => {
    assert.equal(first('msmtp: envelope from address helpdesk@contoso.com not accepted by the server\nmsmtp: server message: 550 5.7.60 SMTP; Client does not have permissions to send as this sender'), 'send_as_denied');
    assert.equal(first('msmtp: Umschlagabsenderadresse helpdesk@contoso.com wird vom Server nicht akzeptiert\nmsmtp: Nachricht des Servers: 550 5.7.60 SMTP; Client does not have permissions to send as this sender'), 'send_as_denied');
  });
});
