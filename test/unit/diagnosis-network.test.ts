import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CategoryId } from '../../electron/core/diagnosis/categories.js';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { networkWrappers } from '../helpers/diagnosis-wrappers.js';

/** Connection and TLS failures on the ports that matter (587 SMTP, 993 IMAP, 443 sign-in). */
const FAILURES: readonly [string, CategoryId][] = [
  ['connect ECONNREFUSED 52.97.146.2:587', 'network_blocked'],
  ['connect ETIMEDOUT 40.99.10.2:993', 'network_blocked'],
  ['getaddrinfo ENOTFOUND smtp.office365.com', 'network_blocked'],
  ['getaddrinfo EAI_AGAIN login.microsoftonline.com', 'network_blocked'],
  ['connect EHOSTUNREACH 52.97.146.2:587', 'network_blocked'],
  ['Connection timeout', 'network_blocked'],
  // Twenty-fifth session: nodemailer's greeting timeout reads as the encryption setting first (a plain connection to an
  // implicit-TLS port; development texts TLS 5 of 9), the network a close second.
  ['Greeting never received', 'tls_problem'],
  ['407 Proxy Authentication Required', 'network_blocked'],
  ['tunneling socket could not be established, cause=connect ECONNREFUSED 10.0.0.1:3128', 'network_blocked'],
  ['SMTP ERROR: Failed to connect to server: Connection timed out (110)', 'network_blocked'],
  ['A connection attempt failed because the connected party did not properly respond after a period of time (outlook.office365.com:993)', 'network_blocked'],
  ['self-signed certificate in certificate chain', 'tls_problem'],
  ['unable to get local issuer certificate', 'tls_problem'],
  ['certificate has expired (code: CERT_HAS_EXPIRED)', 'tls_problem'],
  ["Hostname/IP does not match certificate's altnames: Host: smtp.office365.com. is not in the cert's altnames: DNS:*.proxy.local (ERR_TLS_CERT_ALTNAME_INVALID)", 'tls_problem'],
  ['C0F7C2D1E77F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number', 'tls_problem'],
  ['140735233:error:14094410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure', 'tls_problem'],
  ['unable to verify the first certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE)', 'tls_problem'],
  ['sun.security.validator.ValidatorException: PKIX path building failed', 'tls_problem'],
  // Chromium's net errors (a browser sign-in page, Electron, WebView2) and Windows' WSANO_DATA in English and German.
  ['Failed to load https://login.microsoftonline.com/common/oauth2/v2.0/authorize: net::ERR_NAME_NOT_RESOLVED', 'network_blocked'],
  ['net::ERR_INTERNET_DISCONNECTED', 'network_blocked'],
  ['net::ERR_CONNECTION_TIMED_OUT', 'network_blocked'],
  ['net::ERR_CERT_AUTHORITY_INVALID', 'tls_problem'],
  ['net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'tls_problem'],
  ['System.Net.Sockets.SocketException (11004): The requested name is valid, but no data of the requested type was found.', 'network_blocked'],
  ['Der angeforderte Name ist gültig, es wurden jedoch keine Daten des angeforderten Typs gefunden', 'network_blocked'],
];

describe('decode: connection and TLS failures', () => {
  for (const [message, category] of FAILURES) {
    for (const [wrapper, text] of Object.entries(networkWrappers(message))) {
      it(`${message.slice(0, 40)} (${wrapper}) → ${category}`, () => {
        assert.equal(decode(text).causes[0]?.category, category);
      });
    }
  }

  it('keeps the host and port in the evidence', () => {
    const { causes } = decode('Error: connect ECONNREFUSED 52.97.146.2:587\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16)');
    assert.deepEqual(causes.map((c) => [c.category, c.confidence, c.step]), [['network_blocked', 0.9, 'network']]);
    assert.equal(causes[0]?.evidence[0], 'Error: connect ECONNREFUSED 52.97.146.2:587 at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16)');
  });

  it('port 465 alone hints at the unsupported port; with a timeout the network comes first', () => {
    assert.deepEqual(decode('smtp.office365.com:465').causes.map((c) => [c.category, c.confidence]), [['network_blocked', 0.45], ['tls_problem', 0.3]]);
    assert.equal(decode('Connection timeout (smtp.office365.com:465)').causes[0]?.category, 'network_blocked');
  });

  it('Outlook and Thunderbird dialogs', () => {
    assert.equal(decode("Sending reported error (0x80042109) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server.'").causes[0]?.category, 'network_blocked');
    assert.equal(decode('Sending of the message failed. The message could not be sent because connecting to Outgoing server (SMTP) smtp.office365.com failed. The server may be unavailable or is refusing SMTP connections.').causes[0]?.category, 'network_blocked');
    assert.equal(decode('Your server does not support the connection encryption type you have specified.').causes[0]?.category, 'tls_problem');
    // 0x800CCC92 is IXP_E_POP3_INVALID_PASSWORD: a refused password, which Microsoft 365 refuses for POP/IMAP as such.
    assert.deepEqual(decode("Receiving reported error (0x800CCC92) : 'Your IMAP server rejected the sign-in.'").causes.slice(0, 2).map((c) => c.category), ['basic_auth_used', 'imap_auth_failed_generic']);
  });

  it('German dialog texts', () => {
    assert.equal(decode('Die Verbindung wurde abgelehnt (smtp.office365.com:587)').causes[0]?.category, 'network_blocked');
    assert.equal(decode('Zeitüberschreitung beim Verbinden mit outlook.office365.com').causes[0]?.category, 'network_blocked');
  });
});
