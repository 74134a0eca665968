import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDiagnosisContext } from '../../electron/core/diagnosis/context.js';
import { decode, decodeAll } from '../../electron/core/diagnosis/decode.js';
import type { DecodeResult } from '../../electron/core/diagnosis/types.js';

const SMTP_535 = 'SMTP ERROR: AUTH command failed: 535 5.7.3 Authentication unsuccessful [BE1P281CA0012.DEUP281.PROD.OUTLOOK.COM]';

function ranking(result: DecodeResult): [string, number][] {
  return result.causes.map((c) => [c.category, c.confidence]);
}

describe('decode: context re-ranks the causes', () => {
  it('535 5.7.3 without context: the generic SMTP failure first, SMTP AUTH off for the mailbox next, the flow-specific suspects at 60 %', () => {
    assert.deepEqual(ranking(decode(SMTP_535)), [
      ['smtp_auth_failed_generic', 0.55], ['smtp_auth_disabled_mailbox', 0.45], ['service_principal_missing_or_wrong_id', 0.36], ['consent_missing', 0.3],
      ['wrong_scope_or_resource', 0.3], ['token_expired_or_invalid', 0.18], ['shared_mailbox_smtp_login', 0.18],
      ['mailbox_permission_missing', 0.12],
    ]);
  });

  it('535 5.7.3 app-only with consent missing → consent_missing first', () => {
    const result = decode(SMTP_535, { flow: 'app-only', graphFindings: { consentOk: false } });
    assert.deepEqual(ranking(result), [
      ['consent_missing', 0.95], ['service_principal_missing_or_wrong_id', 0.6], ['smtp_auth_failed_generic', 0.55],
      ['smtp_auth_disabled_mailbox', 0.45], ['mailbox_permission_missing', 0.2],
    ]);
    assert.deepEqual(result.causes[0]?.evidence, [
      'graph check: admin consent missing',
      'SMTP ERROR: AUTH command failed: 535 5.7.3 Authentication unsuccessful [BE1P281CA0012.DEUP281.PROD.OUTLOOK.COM]',
    ]);
  });

  it('535 5.7.3 app-only with a clean Graph check → service principal first, then the generic failure; wait likely after a recent change', () => {
    const result = decode(SMTP_535, { flow: 'app-only', graphFindings: { consentOk: true }, recentChangeMinutes: 20 });
    assert.deepEqual(ranking(result), [
      ['service_principal_missing_or_wrong_id', 0.6], ['smtp_auth_failed_generic', 0.55], ['smtp_auth_disabled_mailbox', 0.45],
      ['mailbox_permission_missing', 0.2], ['consent_missing', 0.15],
    ]);
    assert.equal(result.causes[0]?.waitLikely, true);
    assert.equal(result.causes[0]?.step, 'object-id');
    assert.match(result.causes[0]?.texts.en?.waitHint ?? '', /30 minutes, sometimes up to 24 hours/);
    assert.match(result.causes[0]?.texts.de?.waitHint ?? '', /30 Minuten, teilweise erst nach bis zu 24 Stunden/);
  });

  it('after 24 hours waiting is no longer the answer', () => {
    const result = decode(SMTP_535, { flow: 'app-only', graphFindings: { consentOk: true }, recentChangeMinutes: 24 * 60 });
    assert.equal(result.causes[0]?.category, 'service_principal_missing_or_wrong_id');
    assert.equal(result.causes[0]?.waitLikely, false);
    assert.equal(result.causes[0]?.texts.en?.waitHint, undefined);
  });

  it('delegated 535 5.7.3 with the token check mismatch audience_graph_for_smtp → wrong_scope_or_resource first', () => {
    const result = decode(SMTP_535, { flow: 'delegated', tokenCheck: ['audience_graph_for_smtp'] });
    assert.deepEqual(ranking(result), [
      ['wrong_scope_or_resource', 0.95], ['smtp_auth_failed_generic', 0.55], ['smtp_auth_disabled_mailbox', 0.45], ['consent_missing', 0.35],
      ['token_expired_or_invalid', 0.3], ['shared_mailbox_smtp_login', 0.3],
    ]);
    assert.deepEqual(result.causes[0]?.evidence.slice(0, 1), ['token check: audience_graph_for_smtp']);
  });

  it('the profile implies the flow: Inventory360 sends app-only, ETRON signs users in', () => {
    assert.equal(decode(SMTP_535, { profile: 'inventory360' }).causes[0]?.category, 'service_principal_missing_or_wrong_id');
    assert.deepEqual(ranking(decode(SMTP_535, { profile: 'etron' })).slice(0, 2), [['smtp_auth_failed_generic', 0.55], ['wrong_scope_or_resource', 0.5]]);
    assert.equal(decode(SMTP_535, { profile: 'etron' }).causes[0]?.step, 'sign-in');
    assert.equal(decode(`Inventory360: ${SMTP_535}`).causes[0]?.category, 'service_principal_missing_or_wrong_id');
  });

  it('asks how the app signs in only when the text, the caller and the product leave it open and a cause depends on it', () => {
    assert.equal(decode(SMTP_535).ask, 'flow');
    assert.equal(decode(SMTP_535, { profile: 'generic' }).ask, 'flow');
    assert.equal(decode('A1 NO AUTHENTICATE failed.').ask, 'flow');
    assert.equal(decode(SMTP_535, { flow: 'delegated' }).ask, undefined);
    assert.equal(decode(SMTP_535, { profile: 'etron' }).ask, undefined);
    assert.equal(decode(`scope=https://outlook.office365.com/.default ${SMTP_535}`).ask, undefined);
    assert.equal(decode('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.').ask, undefined);
    assert.equal(decode('Sending via SMTP failed, the server closed the session.').ask, undefined);
  });

  it('the profile picks its own fix steps', () => {
    const text = 'SMTP ERROR: AUTH command failed: 535 5.7.3 Authentication unsuccessful';
    const sp = decode(text, { profile: 'inventory360', languages: ['en'] }).causes[0];
    assert.equal(sp?.texts.en?.fix[3], 'New-ServicePrincipal -AppId 15dd278a-3da9-4654-9edd-568380df74d0 -ObjectId <object id> -DisplayName "Inventory360_Mail_Notification"');
  });

  it('categories that do not concern the profile are halved', () => {
    // The usual causes beside the IMAP failure concern every profile; the IMAP failure itself only ETRON's.
    // Inventory360 signs in app-only: there an unknown service principal or a missing mailbox right come first.
    const usual = [['wrong_scope_or_resource', 0.35], ['consent_missing', 0.3], ['token_expired_or_invalid', 0.3]];
    assert.deepEqual(ranking(decode('A1 NO AUTHENTICATE failed.', { profile: 'inventory360' })), [
      ['service_principal_missing_or_wrong_id', 0.55], ['mailbox_permission_missing', 0.5], ['imap_auth_failed_generic', 0.4], ...usual,
    ]);
    assert.deepEqual(ranking(decode('A1 NO AUTHENTICATE failed.', { profile: 'etron' })), [['imap_auth_failed_generic', 0.8], ...usual]);
  });

  it('Exchange settings read back by PowerShell outrank the bare reply', () => {
    const result = decode(SMTP_535, { flow: 'app-only', graphFindings: { consentOk: true, smtpAuthMailbox: 'inherit', smtpAuthTenant: 'disabled' } });
    assert.equal(result.causes[0]?.category, 'smtp_auth_disabled_tenant');
    assert.deepEqual(result.causes[0]?.evidence, ['graph check: mailbox inherits the disabled organisation setting']);
  });

  it('findings alone, without an error text, give causes (the check uses this)', () => {
    const result = decodeAll([], { graphFindings: { userAssigned: false, clientSecretExpired: true }, languages: ['en'] });
    assert.deepEqual(ranking(result), [['bad_client_secret', 0.9], ['user_not_assigned', 0.9]]);
    assert.equal(result.hint, undefined);
  });

  it('the same mismatch in the text and in the context counts once', () => {
    assert.deepEqual(ranking(decode('audience_graph_for_smtp', { tokenCheck: ['audience_graph_for_smtp'] })), [['wrong_scope_or_resource', 0.9]]);
  });

  it('decodeAll reads the SMTP and the IMAP reply of one check together', () => {
    const result = decodeAll(['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.', 'A1 BAD User is authenticated but not connected.'], { flow: 'app-only' });
    assert.deepEqual(ranking(result), [['smtp_auth_disabled_mailbox', 0.97], ['imap_disabled_or_not_connected', 0.85], ['mailbox_permission_missing', 0.5]]);
  });

  it('says when the text alone does not decide between its causes: a first cause below 60 %, a second within 10 points, a guess', () => {
    // A bare 535 5.7.3 is refused for several reasons; the product's flow ranks them but does not decide.
    assert.equal(decode(SMTP_535).undecided, true);
    assert.equal(decode(SMTP_535, { profile: 'inventory360' }).undecided, true);
    // A message that names its cause decides, with or without context.
    assert.equal(decode('AADSTS7000215: Invalid client secret provided.').undecided, undefined);
    assert.equal(decode('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.').undecided, undefined);
    // A guess by wording never decides; no cause at all leaves nothing to decide.
    const guess = decode('Zugriff verweigert');
    assert.equal(guess.guess, true);
    assert.equal(guess.undecided, true);
    assert.equal(decode('Hello world, the weather is nice today.').undecided, undefined);
    // Two causes close together undecide a first cause well above 60 %: Graph's bare ErrorAccessDenied is consent or the mailbox's rights.
    const close = decode('{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}');
    assert.ok((close.causes[0]?.confidence ?? 0) >= 0.6, JSON.stringify(ranking(close)));
    assert.equal(close.undecided, true);
  });

  it('unknown text gives no causes and a hint in the requested languages', () => {
    assert.deepEqual(decode('Das Wetter ist schön.', { languages: ['de'] }), {
      causes: [],
      hint: { de: 'In diesem Text wurde keine bekannte Microsoft-365-Fehlermeldung gefunden. Fügen Sie die vollständige Fehlermeldung mit Code ein (z. B. „535 5.7.3“ oder „AADSTS7000215“) oder starten Sie die Prüfung.' },
    });
  });
});

describe('readDiagnosisContext', () => {
  it('keeps valid fields and drops wrong types and unknown values', () => {
    const raw = {
      profile: 'etron', flow: 'sideways', protocol: 'imap', recentChangeMinutes: -5, languages: ['en', 'fr', 'en'],
      tokenCheck: ['token_expired', 'nonsense', 42], graphFindings: { consentOk: 'yes', mailboxPermission: 'unknown', smtpAuthMailbox: 'disabled', extra: 1 },
      extra: true,
    };
    assert.deepEqual(readDiagnosisContext(raw), {
      profile: 'etron', protocol: 'imap', languages: ['en'], tokenCheck: ['token_expired'],
      graphFindings: { mailboxPermission: 'unknown', smtpAuthMailbox: 'disabled' },
    });
    assert.deepEqual(readDiagnosisContext(null), {});
    assert.deepEqual(readDiagnosisContext([1, 2]), {});
  });
});
