/**
 * Test helper: the ways a known message reaches the decoder in real life — the wrappers of
 * Inventory360 (PHPMailer), ETRON/Odoo (Python smtplib/imaplib), Entra's JSON error body,
 * the OAuth redirect query, German dialogs, and line breaks in the middle of a code.
 */

/** Breaks a text with a line break inside its first SMTP enhanced code or AADSTS code. */
export function breakInsideCode(text: string): string {
  const enhancedCode = /\b([245]\.\d{1,3}\.)(\d{1,3})/.exec(text);
  if (enhancedCode) {
    const at = enhancedCode.index + enhancedCode[1]!.length;
    return `${text.slice(0, at)}\r\n${text.slice(at)}`;
  }
  const aadsts = /AADSTS(\d{2})/.exec(text);
  if (aadsts) {
    const at = aadsts.index + 'AADSTS'.length + 2;
    return `${text.slice(0, at)}\n${text.slice(at)}`;
  }
  const mid = text.indexOf(' ', Math.floor(text.length / 2));
  return mid === -1 ? text : `${text.slice(0, mid)}\n   ${text.slice(mid + 1)}`;
}

const PYTHON_ERROR: Record<string, string> = { AUTH: 'SMTPAuthenticationError', 'MAIL FROM': 'SMTPSenderRefused', STARTTLS: 'SMTPResponseException' };

/** An SMTP reply as Inventory360 (PHPMailer), Odoo (smtplib), nodemailer, a German dialog, wrapped text and JSON show it. */
export function smtpWrappers(reply: string, command = 'AUTH'): Record<string, string> {
  const m = /^(\d{3})[ -](.*)$/s.exec(reply);
  const code = m?.[1] ?? '535';
  const rest = (m?.[2] ?? reply).replace(/'/g, "\\'");
  const auth = command === 'AUTH';
  return {
    inventory360: `SMTP ERROR: ${command} command failed: ${reply}`,
    odoo: `Mail Delivery Failed\nMail delivery failed via SMTP server 'smtp.office365.com'.\n${PYTHON_ERROR[command] ?? 'SMTPDataError'}: (${code}, b'${rest}')`,
    nodemailer: `Error: ${auth ? 'Invalid login' : 'Message failed'}: ${reply}\n    at SMTPConnection._formatError (node_modules/nodemailer/lib/smtp-connection/index.js:809:19) {\n  code: '${auth ? 'EAUTH' : 'EMESSAGE'}',\n  response: '${reply.replace(/'/g, "\\'")}',\n  responseCode: ${code},\n  command: '${command}'\n}`,
    german: `Fehler beim Senden: ${reply}`,
    wrapped: `SMTP ERROR: ${command} command failed: ${breakInsideCode(reply)}`,
    json: JSON.stringify({ status: 'error', message: `Sending failed:\r\n${reply}\r\n` }),
  };
}

/** An IMAP reply as Exchange, Python imaplib, Java mail, imapflow and a German dialog show it. */
export function imapWrappers(reply: string): Record<string, string> {
  const text = reply.replace(/^(?:NO|BAD) /, '');
  return {
    raw: `A1 ${reply}`,
    python: `imaplib.IMAP4.error: b'${text.replace(/'/g, "\\'")}'`,
    java: `javax.mail.AuthenticationFailedException: ${text}\n\tat com.sun.mail.imap.IMAPStore.protocolConnect(IMAPStore.java:732)`,
    imapflow: `Error: Command failed\n    at ImapFlow.run (node_modules/imapflow/lib/imap-flow.js:1)\n  response: '2 ${reply}',\n  executedCommand: '2 AUTHENTICATE XOAUTH2 [redacted]'`,
    german: `Fehler beim Abrufen der E-Mails (IMAP, outlook.office365.com:993): ${reply}`,
  };
}

/** An Entra error as its JSON body (escaped \r\n), the OAuth redirect query, MSAL, a German dialog and wrapped text show it. */
export function entraWrappers(description: string, oauthError = 'invalid_request'): Record<string, string> {
  const code = /AADSTS(\d+)/.exec(description)?.[1];
  const body = {
    error: oauthError,
    error_description: `${description}\r\nTrace ID: 0b7e4a1c-5f3d-4e2b-9a1d-1c2d3e4f5a6b\r\nCorrelation ID: 7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910\r\nTimestamp: 2026-03-02 09:14:07Z`,
    ...(code ? { error_codes: [Number(code)] } : {}),
    timestamp: '2026-03-02 09:14:07Z',
    trace_id: '0b7e4a1c-5f3d-4e2b-9a1d-1c2d3e4f5a6b',
    correlation_id: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910',
  };
  return {
    json: JSON.stringify(body),
    redirect: `https://shop.wawi.onretail.eu/microsoft_outlook/confirm?error=${oauthError}&error_description=${encodeURIComponent(description).replace(/%20/g, '+')}&state=abc`,
    msal: `ServerError: ${oauthError}: ${description}\nTrace ID: 0b7e4a1c-5f3d-4e2b-9a1d-1c2d3e4f5a6b\nCorrelation ID: 7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910\nTimestamp: 2026-03-02 09:14:07Z - Correlation ID: 7f6e5d4c`,
    german: `Fehler bei der Anmeldung: Es ist ein Fehler aufgetreten.\n${description}`,
    wrapped: breakInsideCode(`Sorry, but we're having trouble signing you in.\n${description}`),
  };
}

/** A connection/TLS error as Node, nodemailer, PHP, Python and a German dialog show it. */
export function networkWrappers(message: string): Record<string, string> {
  return {
    node: `Error: ${message}\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16)`,
    nodemailer: `Error: ${message}\n  code: 'ESOCKET',\n  command: 'CONN'`,
    german: `Fehler beim Senden: ${message}`,
    json: JSON.stringify({ ok: false, error: { message } }),
  };
}
