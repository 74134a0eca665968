/**
 * What transactional-mail services answer through their APIs and SMTP relays when an app's mail is refused (issue 10):
 * SendGrid, Postmark, Mandrill, Mailgun, Mailjet, Brevo, SparkPost and Resend. Their refusals are their own sentences over HTTP
 * (401/403/406/422) or behind an SMTP code, which neither the RFC 3463 rules nor the OAuth rules read: an API key that is wrong,
 * an account still in its test mode, a sending domain not verified, a recipient the service has suppressed, credits used up.
 * Each group cites the service's own error list where one was found; the rest is quoted from development texts (GitHub issues of
 * apps that send through these services) and marked so.
 *
 * Amazon SES's "Email address is not verified" is in patterns-smtp.ts (ses-identity-not-verified), beside SendGrid's sender
 * identity refusal.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * SendGrid: its "4XX API Errors and Troubleshooting Suggestions" (support.sendgrid.com article 18322114821403) gives 401 "The
 * provided authorization grant is invalid, expired, or revoked" for an API key that is wrong, deleted or without the
 * permission — the app's credential (development texts: 3 of 3 fixed by the key). "Maximum credits exceeded" is the plan's
 * sending quota used up (development texts from the Node and PHP clients and an SMTP session: 3 of 3 a limit). Its SMTP relay
 * refuses a password sign-in for an account with two-factor authentication ("535 Authentication failed: Basic authentication is
 * not allowed with 2FA enabled", linking sendgrid.com/docs/for-developers/sending-email/authentication/#basic-authentication:
 * sign in with an API key instead) — the password sign-in retired, as for Exchange Online. An account under review or barred
 * ("Your account is temporarily under review. Please contact Support to regain access.", "You are not authorized to access
 * SendGrid, please contact Support.") may not send (development texts, 2 of 2).
 */
const SENDGRID: readonly Rule[] = [
  pattern('sendgrid-grant-invalid', 'token', 3, [phrase('The provided authorization grant is invalid, expired, or revoked')], [
    p('bad_client_secret', 0.75), p('token_expired_or_invalid', 0.35),
  ]),
  pattern('sendgrid-credits-exceeded', 'throttle', 3, [phrase('Maximum credits exceeded')], [p('throttled', 0.8)]),
  pattern('sendgrid-basic-auth-2fa', 'smtp-auth', 3, [phrase('Basic authentication is not allowed with 2FA enabled')], [
    p('basic_auth_used', 0.85), p('security_policy_blocks', 0.35),
  ]),
  pattern('sendgrid-account-barred', 'smtp-submit', 3, [
    phrase('Your account is temporarily under review'), phrase('You are not authorized to access SendGrid'),
  ], [p('outbound_sender_blocked', 0.8)]),
];

/**
 * Postmark's API error codes (postmarkapp.com/developer/api/overview#error-codes): 406 "Inactive recipient" — "You tried to send
 * to a recipient that has been marked as inactive … hard bounce or a spam complaint" (its Ruby gem raises
 * Postmark::InactiveRecipientError); 10 "Bad or missing API token"; 400/401 a Sender Signature not found or not confirmed.
 */
const POSTMARK: readonly Rule[] = [
  pattern('postmark-inactive-recipient', 'smtp-submit', 3, [
    phrase('recipient that has been marked as inactive'), phrase('recipients that have all been marked as inactive'),
    phrase('recipient(s) that have been marked as inactive'), 'InactiveRecipientError',
  ], [p('recipient_rejected', 0.8)]),
  pattern('postmark-sender-signature', 'smtp-submit', 3, [
    String.raw`\bSender Signature (?:not found|not confirmed|has not been confirmed)`,
  ], [p('send_as_denied', 0.7), p('outbound_sender_blocked', 0.4)]),
];

/**
 * The services' test modes and unverified sending domains: the account may send only to its own or verified addresses, or
 * from no domain it has proven. Mandrill's reject_reason "unsigned" is a sending domain without the verification Mandrill asks
 * for (renz45/mandrill_mailer#103, quoting Mandrill's knowledge-base article 205582247); Mailgun's free plan "free accounts are
 * for test purposes only" (sandbox domain, authorized recipients only), Resend's "You can only send testing emails to your own
 * email address" (no verified domain yet), SparkPost's "No sending domain specified" (code 7001) and "Unconfigured Sending
 * Domain" — quoted by development texts, the vendors' pages not checked here (each fixed by verifying a domain or upgrading).
 * Postmark's 412 "While your account is pending approval, all recipient addresses must share the same domain as the 'From'
 * address" (its error list: 412 "Account is Pending"); SMTP2GO's "From header sender domain not verified … On your Sending >
 * Verified Senders page verify the sender domain or email to be allowed to send"; MailerSend's "The from.email must be verified."
 * (development texts).
 */
const TEST_MODES: readonly Rule[] = [
  pattern('esp-unverified-domain-or-test-mode', 'smtp-submit', 3, [
    String.raw`\breject(?:_| )reason"?:? ?"?unsigned\b`,
    phrase('free accounts are for test purposes only'), phrase('You can only send testing emails to your own email address'),
    phrase('No sending domain specified'), phrase('Unconfigured Sending Domain'),
    phrase('While your account is pending approval'), phrase('sender domain not verified'),
    phrase('verify the sender domain or email to be allowed to send'), phrase('The from.email must be verified'),
  ], [p('outbound_sender_blocked', 0.75), p('send_as_denied', 0.4)]),
];

/**
 * API keys refused in the services' own words (development texts): Mailjet's 401 "API key authentication/authorization
 * failure" (the key or its secret), Brevo's 401 "authentication not found in headers" (no api-key header sent at all: the app
 * did not authenticate), and Mailgun's "Domain not found" for a domain that exists in the other region (an EU domain asked of
 * the US endpoint — the account's place, the wrong-tenant category here); mailgun.js's "[Error: Unauthorized] { status: 401,
 * details: 'Forbidden', type: 'MailgunAPIError' }" was the same region mistake in 2 of 2 development texts, else the key. Amazon's
 * "The security token included in the request is invalid" (InvalidClientTokenId: the access key ID is not a valid one — AWS's
 * common API errors) is SES's wrong credential (development texts, 2 of 2).
 */
const API_KEYS: readonly Rule[] = [
  pattern('mailjet-api-key-failure', 'token', 3, [phrase('API key authentication/authorization failure')], [
    p('bad_client_secret', 0.75), p('token_expired_or_invalid', 0.3),
  ]),
  pattern('brevo-no-api-key', 'client', 3, [phrase('authentication not found in headers')], [
    p('not_authenticated', 0.7), p('bad_client_secret', 0.4),
  ]),
  pattern('mailgun-domain-not-found', 'product', 2, [String.raw`\bMailgun\b[^\n]{0,40}?${phrase('Domain not found')}`], [
    p('wrong_tenant_or_app', 0.6), p('send_as_denied', 0.35),
  ]),
  pattern('mailgun-api-401', 'product', 2, [String.raw`\bstatus: ?401\b[^\n]{0,80}?\bMailgunAPIError\b`], [
    p('wrong_tenant_or_app', 0.55), p('bad_client_secret', 0.5),
  ]),
  pattern('aws-invalid-client-token', 'token', 3, [phrase('The security token included in the request is invalid'), '\\bInvalidClientTokenId'], [
    p('bad_client_secret', 0.75), p('token_expired_or_invalid', 0.3),
  ]),
];

/**
 * Yandex's SMTP refusing a message it reads as spam from a client, in its reply to the sign-in ("5.7.8 Error: authentication
 * failed: Your message looks like spam. You need to use web for sending or prove you are not a robot using the following link
 * …"; a development text): the account is held back from sending, not its password.
 */
const YANDEX: readonly Rule[] = [
  pattern('yandex-looks-like-spam', 'smtp-submit', 3, [phrase('Your message looks like spam'), phrase('prove you are not a robot')], [
    p('outbound_sender_blocked', 0.85),
  ]),
];

export const ESP_VOCABULARY_RULES: readonly Rule[] = [...SENDGRID, ...POSTMARK, ...TEST_MODES, ...API_KEYS, ...YANDEX];
