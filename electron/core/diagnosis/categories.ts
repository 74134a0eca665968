/**
 * The diagnosis categories (DESIGN.md "Diagnosis categories"): the ids every failure maps to.
 * The catalogue (catalogue.ts) gives each its cause, fix, wizard step and wait advice.
 */
export const CATEGORY_IDS = [
  'consent_missing', 'service_principal_missing_or_wrong_id', 'smtp_auth_disabled_mailbox',
  'smtp_auth_disabled_tenant', 'basic_auth_used', 'security_policy_blocks',
  'mailbox_permission_missing', 'send_as_denied', 'not_authenticated', 'throttled',
  'redirect_uri_mismatch', 'wrong_tenant_or_app', 'bad_client_secret',
  'public_vs_confidential_client', 'user_not_assigned', 'wrong_scope_or_resource',
  'imap_disabled_or_not_connected', 'imap_auth_failed_generic', 'smtp_auth_failed_generic',
  'network_blocked', 'tls_problem', 'token_expired_or_invalid', 'user_cancelled_or_consent_declined',
  'shared_mailbox_smtp_login', 'unexpected_server_reply', 'outbound_sender_blocked', 'exchange_powershell_not_ready',
  'recipient_rejected', 'message_too_large',
] as const;

/** A diagnosis category id. */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Narrows a string to a category id. */
export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}
