/**
 * English fix steps where a product differs from the general steps: Inventory360's gallery app
 * and Microsoft 365 connection, ETRON onRetail's settings screens. Replace the general fix.
 */
import type { ProfileFixes } from './types.js';
import { RETEST_EN } from './texts-en.js';

const INV360_APP = '15dd278a-3da9-4654-9edd-568380df74d0';

/** Profile-specific fix steps (English). */
export const PROFILE_FIXES_EN: ProfileFixes = {
  consent_missing: {
    inventory360: [
      'Microsoft Entra admin center → Enterprise applications → Inventory360 → Security → Permissions.',
      'Click the blue button "Grant admin consent for <organisation>" once more — existing customers must do this again, because SMTP.SendAsApp was added later.',
      'Check that SMTP.SendAsApp is now in the list.',
      RETEST_EN,
    ],
    etron: [
      'Microsoft Entra admin center → App registrations → <ETRON app> → API permissions.',
      'Check that Microsoft Graph → Delegated permissions → SMTP.Send, IMAP.AccessAsUser.All and User.Read are listed; add missing ones with "Add a permission".',
      'Click "Grant admin consent for <organisation>".',
      'In ETRON onRetail click "Connect Outlook account" again and sign in.',
    ],
  },
  service_principal_missing_or_wrong_id: {
    inventory360: [
      'Microsoft Entra admin center → Enterprise applications → Inventory360 → Overview: copy the Object ID.',
      'Open PowerShell and run: Connect-ExchangeOnline',
      'Check: Get-ServicePrincipal | Format-List DisplayName,AppId,ObjectId — if Inventory360_Mail_Notification has another ObjectId, remove it with Remove-ServicePrincipal -Identity <wrong object id>.',
      `New-ServicePrincipal -AppId ${INV360_APP} -ObjectId <object id> -DisplayName "Inventory360_Mail_Notification"`,
      'Add-MailboxPermission -Identity <mailbox> -User <object id> -AccessRights FullAccess',
      RETEST_EN,
    ],
  },
  basic_auth_used: {
    inventory360: [
      'Inventory360 → mail server configuration: set the authentication type to XOAuth2 (Modern Auth) and select the Microsoft 365 / Entra backend.',
      'Remove the stored password and save.',
      'Send a test mail from Inventory360.',
    ],
    etron: [
      'ETRON onRetail → Settings → General settings → Outgoing mail servers → <server>: switch on "Outlook" instead of a password login.',
      'Incoming mail server: switch on "Outlook OAuth authentication".',
      'Click "Connect Outlook account", sign in, then "Test connection".',
    ],
  },
  send_as_denied: {
    etron: [
      'ETRON onRetail → Settings → General settings → Outgoing mail servers → <server> → "From filter": enter the address or domain this server sends as.',
      'Variant A (one shared mailbox): the outgoing server\'s user name is the user who signs in with "Connect Outlook account", not the shared mailbox: Exchange accepts only the signed-in user for SMTP.',
      'Variant A, Odoo 16 and earlier: the system parameters mail.default.from and mail.catchall.domain must match the shared mailbox — ask ETRON support.',
      'Odoo 17 and later no longer read these system parameters: there the company\'s email domain (alias domain) and its "Default From Alias" set the default sender — set it to the shared mailbox\'s address.',
      'If another address is the sender: Add-RecipientPermission -Identity <sender address> -Trustee <user> -AccessRights SendAs',
      'Check the domain\'s DNS records (SPF) for Microsoft 365.',
    ],
  },
  not_authenticated: {
    inventory360: [
      'Inventory360 → mail server configuration: authentication type XOAuth2 (Modern Auth), the Microsoft 365 / Entra backend, and the mailbox address as user.',
      'Server smtp.office365.com, port 587, STARTTLS.',
      'Save and send a test mail from Inventory360.',
    ],
    etron: [
      'ETRON onRetail → Settings → General settings → Outgoing mail servers → <server>: switch on "Outlook", user name = the Microsoft 365 address.',
      'Click "Connect Outlook account"; the status must show "Outlook token valid".',
      'Click "Test connection".',
    ],
  },
  redirect_uri_mismatch: {
    etron: [
      'Microsoft Entra admin center → App registrations → <ETRON app> → Authentication.',
      'Under "Web" → Redirect URIs: https://<instance>.wawi.onretail.eu/microsoft_outlook/confirm (your ETRON address, exactly).',
      'Save, then click "Connect Outlook account" in ETRON onRetail again.',
    ],
  },
  wrong_tenant_or_app: {
    inventory360: [
      'Connect Inventory360 with the Microsoft 365 organisation that owns the sending mailbox.',
      'Sign in with an admin account of that organisation, not a personal Microsoft account, and grant the consent.',
    ],
    etron: [
      'Microsoft Entra admin center → App registrations → <ETRON app> → Authentication → Supported account types: "Accounts in any organizational directory and personal Microsoft accounts".',
      'Compare the client ID in ETRON onRetail (Settings → General settings → Outlook credentials) with the Application (client) ID of the app registration.',
      'Sign in with the Microsoft 365 address of the mailbox.',
    ],
  },
  bad_client_secret: {
    etron: [
      'Microsoft Entra admin center → App registrations → <ETRON app> → Certificates & secrets → New client secret (validity as long as possible).',
      'Copy the "Value" column at once (not the "Secret ID").',
      'ETRON onRetail → Settings → General settings → Outlook credentials → Client secret: paste the value → Save.',
      'Click "Connect Outlook account" again on the outgoing and incoming mail servers.',
    ],
  },
  smtp_auth_failed_generic: {
    etron: [
      'ETRON onRetail → Outgoing mail server → "Connect Outlook account" and sign in with the mailbox\'s own account; user name = that address.',
      'Microsoft Entra admin center → App registrations → <ETRON app> → API permissions: SMTP.Send must be listed and granted.',
      'Microsoft 365 admin center → Users → Active users → <user> → Mail → Manage email apps → "Authenticated SMTP" ticked.',
      RETEST_EN,
    ],
  },
  token_expired_or_invalid: {
    etron: [
      'ETRON onRetail → Outgoing / incoming mail server → "Connect Outlook account" and sign in again; the status must show "Outlook token valid".',
      'If the client secret has expired: create a new one (App registrations → <ETRON app> → Certificates & secrets) and enter it under Settings → General settings → Outlook credentials.',
    ],
  },
  shared_mailbox_smtp_login: {
    etron: [
      'ETRON onRetail → Settings → General settings → Outgoing mail servers → <server> → user name: the address of the user who signs in with "Connect Outlook account" — not the shared mailbox (variant A).',
      '"From filter": the shared mailbox\'s address, so that ETRON sends with it as sender.',
      'PowerShell: Add-RecipientPermission -Identity <shared mailbox> -Trustee <user> -AccessRights SendAs',
      'The incoming mail server may keep the shared mailbox as user name (IMAP accepts it with FullAccess).',
      'Sign in again with "Connect Outlook account" and click "Test connection".',
    ],
  },
};
