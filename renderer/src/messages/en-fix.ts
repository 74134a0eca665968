/** English texts of "Fix it for me". */
import type { FixChange, FixTexts } from './fix-texts.js';

function change(c: FixChange): string {
  const inTenant = `in tenant ${c.tenant}`;
  switch (c.action) {
    case 'grant-admin-consent':
      return `Grant SMTP.SendAsApp (Office 365 Exchange Online) to Inventory360 ${inTenant}.`;
    case 'grant-app-role':
      return `Grant ${c.findingId.includes('imap') ? 'IMAP.AccessAsApp' : 'SMTP.SendAsApp'} (Office 365 Exchange Online) to the app ${c.appId ?? ''} ${inTenant}.`;
    case 'create-app-registration':
      return `Create the app registration "ETRON onRetail" ${inTenant}: redirect URI https://${c.instance ?? ''}.wawi.onretail.eu/microsoft_outlook/confirm, permissions SMTP.Send, IMAP.AccessAsUser.All and User.Read, for work and personal accounts.`;
    case 'repair-app-registration':
      return `Correct the ETRON app registration ${inTenant} as the guide says (redirect URI, permissions, supported accounts).`;
    case 'create-service-principal':
      return `Create the enterprise app of the ETRON app registration ${inTenant}.`;
    case 'assign-users':
      return `Assign ${c.mailbox} to the ETRON enterprise app ${inTenant}.`;
    case 'grant-delegated-consent':
      return `Grant admin consent for all users ${inTenant}: ETRON may send and read mail (SMTP.Send, IMAP.AccessAsUser.All) for each user who connects their account.`;
    case 'create-client-secret':
      return `Create a new client secret "ETRON-OAuth" for the ETRON app registration ${inTenant}, with the longest validity allowed.`;
    default:
      return `Make the change "${c.action}" ${inTenant}.`;
  }
}

/** The English texts. */
export const enFix: FixTexts = {
  button: 'Fix it for me',
  working: 'Making the change… If a Microsoft page opens, sign in and accept.',
  confirmHeading: 'Make this change in your tenant?',
  change,
  consentNote: (permission) => `The first time, Microsoft asks you to allow the assistant this one permission: ${permission}.`,
  confirm: 'Yes, make the change',
  cancel: 'Cancel',
  done: 'Done.',
  unchanged: 'Nothing to change: it was already in place.',
  waitNote: 'Microsoft Entra and Exchange Online can take 30 minutes, sometimes up to 24 hours, before the change takes effect everywhere. Check again to see what Microsoft Graph shows now.',
  checkAgain: 'Check again',
  secretHeading: 'Your new client secret',
  secretNote: 'Copy it now and enter it in ETRON: it is shown only once. The assistant does not keep it, and Microsoft Entra will only show its first characters.',
  secretLabel: 'Client secret (value)',
  secretExpires: (date) => `Valid until ${date}.`,
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy — select the value and copy it by hand.',
  secretDone: 'I have copied it',
  otherFindingsHeading: 'More the assistant can do for you',
};
