import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CategoryId } from '../../electron/core/diagnosis/categories.js';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { AADSTS, describeAadsts, type AadstsError } from '../../electron/sandbox/entra/aadsts.js';
import { IMAP_REPLIES, SMTP_REPLIES, serverTag, type SmtpReply } from '../../electron/sandbox/exchange/replies.js';

// The sandbox's Exchange and Entra answer with Microsoft's exact texts; the decoder must read
// every refusal they can give as the right category (and this catches drift on either side).

const TAG = serverTag(Date.UTC(2026, 2, 2, 9, 14, 7));
const APP = '6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f';
const IDS = { traceId: '0b7e4a1c-5f3d-4e2b-9a1d-1c2d3e4f5a6b', correlationId: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910', timestamp: '2026-03-02 09:14:07Z' };

const SMTP: readonly [string, SmtpReply, CategoryId][] = [
  ['authUnsuccessful', SMTP_REPLIES.authUnsuccessful(TAG), 'smtp_auth_failed_generic'],
  ['smtpAuthDisabledMailbox', SMTP_REPLIES.smtpAuthDisabledMailbox(TAG), 'smtp_auth_disabled_mailbox'],
  ['smtpAuthDisabledTenant', SMTP_REPLIES.smtpAuthDisabledTenant(TAG), 'smtp_auth_disabled_tenant'],
  ['securityDefaults', SMTP_REPLIES.securityDefaults(TAG), 'security_policy_blocks'],
  ['basicAuthDisabled', SMTP_REPLIES.basicAuthDisabled(TAG), 'basic_auth_used'],
  // Pasted alone, 504 5.7.4 reads first as a mechanism Exchange does not offer, STARTTLS second (patterns-smtp.ts); the
  // assistant's probe knows whether TLS was up and reads the sandbox's AUTH-before-STARTTLS refusal as TLS (probes-classify.test.ts).
  ['unrecognizedAuthType', SMTP_REPLIES.unrecognizedAuthType(TAG), 'smtp_auth_failed_generic'],
  ['notAuthenticated', SMTP_REPLIES.notAuthenticated(TAG), 'not_authenticated'],
  ['sendAsDenied', SMTP_REPLIES.sendAsDenied(), 'send_as_denied'],
  ['mailboxLogonFailure', SMTP_REPLIES.mailboxLogonFailure('a1b2c3d4-0000-4000-8000-000000000001', 'info'), 'mailbox_permission_missing'],
  ['timeout', SMTP_REPLIES.timeout, 'network_blocked'],
];

const IMAP: readonly [string, string, CategoryId][] = [
  ['authenticateFailed', IMAP_REPLIES.authenticateFailed, 'imap_auth_failed_generic'],
  ['loginFailed', IMAP_REPLIES.loginFailed, 'basic_auth_used'],
  ['notConnected', IMAP_REPLIES.notConnected, 'imap_disabled_or_not_connected'],
  // A mailbox command before a successful sign-in: in real pastes the client went on after its sign-in failed (development
  // texts with Exchange's reply: the sign-in fixed all 5, none a missing sign-in), so the failed IMAP sign-in reads first.
  ['notAuthenticated', IMAP_REPLIES.notAuthenticated, 'imap_auth_failed_generic'],
];

const ENTRA: readonly [string, AadstsError, CategoryId][] = [
  ['tenantNotFound', AADSTS.tenantNotFound('contoso.example'), 'wrong_tenant_or_app'],
  ['appNotFound', AADSTS.appNotFound(APP, 'Contoso'), 'wrong_tenant_or_app'],
  ['notMultiTenant', AADSTS.notMultiTenant(APP, 'ETRON onRetail'), 'wrong_tenant_or_app'],
  ['interactionExpired', AADSTS.interactionExpired(), 'token_expired_or_invalid'],
  ['missingServicePrincipal', AADSTS.missingServicePrincipal(APP, 'contoso'), 'consent_missing'],
  ['invalidSecret', AADSTS.invalidSecret(APP), 'bad_client_secret'],
  ['expiredSecret', AADSTS.expiredSecret(APP), 'bad_client_secret'],
  ['credentialRequired', AADSTS.credentialRequired(), 'public_vs_confidential_client'],
  ['credentialRequiredForClientCredentials', AADSTS.credentialRequiredForClientCredentials(), 'public_vs_confidential_client'],
  ['publicClientSentSecret', AADSTS.publicClientSentSecret(), 'public_vs_confidential_client'],
  ['assertionMalformed', AADSTS.assertionMalformed(), 'bad_client_secret'],
  ['assertionKeyNotFound', AADSTS.assertionKeyNotFound('A1B2C3', APP), 'bad_client_secret'],
  ['assertionKeyExpired', AADSTS.assertionKeyExpired('A1B2C3', APP), 'bad_client_secret'],
  ['assertionBadSignature', AADSTS.assertionBadSignature(), 'bad_client_secret'],
  ['assertionWrongAudience', AADSTS.assertionWrongAudience(), 'bad_client_secret'],
  ['assertionWrongIssuer', AADSTS.assertionWrongIssuer(), 'bad_client_secret'],
  ['assertionTimeRange', AADSTS.assertionTimeRange(1_772_442_847, 1_772_440_000, 1_772_440_600), 'token_expired_or_invalid'],
  ['redirectMismatch', AADSTS.redirectMismatch('https://shop.wawi.onretail.eu/microsoft_outlook/confirm', APP), 'redirect_uri_mismatch'],
  ['redirectMismatchAtRedeem', AADSTS.redirectMismatchAtRedeem(), 'redirect_uri_mismatch'],
  ['userNotAssigned', AADSTS.userNotAssigned('ETRON onRetail', APP, 'info@contoso.example'), 'user_not_assigned'],
  ['consentRequired', AADSTS.consentRequired(APP, 'ETRON onRetail'), 'consent_missing'],
  ['adminApprovalRequired', AADSTS.adminApprovalRequired(), 'consent_missing'],
  ['userDeclined', AADSTS.userDeclined(), 'user_cancelled_or_consent_declined'],
  ['codeExpired', AADSTS.codeExpired(), 'token_expired_or_invalid'],
  ['codeRedeemed', AADSTS.codeRedeemed(), 'token_expired_or_invalid'],
  ['malformedGrant', AADSTS.malformedGrant(), 'token_expired_or_invalid'],
  ['pkceMismatch', AADSTS.pkceMismatch(), 'token_expired_or_invalid'],
  ['codeForOtherClient', AADSTS.codeForOtherClient(), 'token_expired_or_invalid'],
  ['clientCredentialsScope', AADSTS.clientCredentialsScope('https://outlook.office365.com/SMTP.SendAsApp'), 'wrong_scope_or_resource'],
  ['defaultMixed', AADSTS.defaultMixed('https://outlook.office365.com/.default offline_access'), 'wrong_scope_or_resource'],
  ['scopesIncompatible', AADSTS.scopesIncompatible('openid https://outlook.office.com/SMTP.Send'), 'wrong_scope_or_resource'],
  ['moreThanOneResource', AADSTS.moreThanOneResource('https://graph.microsoft.com/User.Read https://outlook.office.com/SMTP.Send'), 'wrong_scope_or_resource'],
  ['scopeNotOnResource', AADSTS.scopeNotOnResource('ETRON onRetail', 'SMTP.Sned', '00000002-0000-0ff1-ce00-000000000000'), 'wrong_scope_or_resource'],
  ['resourceNotFound', AADSTS.resourceNotFound('https://outlook.office365.com', 'Contoso'), 'service_principal_missing_or_wrong_id'],
  ['wrongPassword', AADSTS.wrongPassword(), 'not_authenticated'],
  ['userNotFound', AADSTS.userNotFound('contoso.example'), 'wrong_tenant_or_app'],
  ['userDisabled', AADSTS.userDisabled(), 'security_policy_blocks'],
  ['mfaRequired', AADSTS.mfaRequired('00000002-0000-0ff1-ce00-000000000000'), 'security_policy_blocks'],
  ['loginRequired', AADSTS.loginRequired(), 'token_expired_or_invalid'],
  ['deviceCodeExpired', AADSTS.deviceCodeExpired(), 'token_expired_or_invalid'],
  ['deviceCodeDeclined', AADSTS.deviceCodeDeclined(), 'user_cancelled_or_consent_declined'],
  ['deviceCodeUnknown', AADSTS.deviceCodeUnknown(), 'token_expired_or_invalid'],
];

describe('decode reads every refusal of the sandbox tenant', () => {
  for (const [name, reply, category] of SMTP) {
    it(`SMTP ${name}: ${reply.code} ${reply.text.slice(0, 40)}… → ${category}`, () => {
      assert.equal(decode(`${reply.code} ${reply.text}`).causes[0]?.category, category);
    });
  }
  for (const [name, reply, category] of IMAP) {
    it(`IMAP ${name}: ${reply} → ${category}`, () => {
      assert.equal(decode(`A7 ${reply}`).causes[0]?.category, category);
    });
  }
  for (const [name, e, category] of ENTRA) {
    it(`Entra ${name}: AADSTS${e.code} → ${category}`, () => {
      const body = JSON.stringify({ error: e.error, error_description: describeAadsts(e, IDS), error_codes: [e.code], ...(e.suberror ? { suberror: e.suberror } : {}) });
      assert.equal(decode(body).causes[0]?.category, category);
    });
  }
});
