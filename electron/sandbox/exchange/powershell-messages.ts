/**
 * The texts Exchange Online PowerShell (and PowerShell's parameter binder) prints, in one place.
 * Where Microsoft's wording is known it is copied; the few sandbox-only refusals say so.
 */

/** The domain controller Exchange names in "couldn't be found on '…'" errors. */
export const EXCHANGE_DOMAIN_CONTROLLER = 'EXO-SANDBOX-DC01.SANDBOX.PROD.OUTLOOK.EXAMPLE';

/** Errors and warnings of the cmdlets. */
export const PS_MESSAGES = {
  notRecognized: (cmdlet: string): string =>
    `The term '${cmdlet}' is not recognized as a name of a cmdlet, function, script file, or executable program. `
    + 'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.',
  unknownParameter: (name: string): string => `A parameter cannot be found that matches parameter name '${name}'.`,
  missingMandatory: (names: readonly string[]): string =>
    `Cannot process command because of one or more missing mandatory parameters: ${names.join(' ')}.`,
  nullOrEmpty: (name: string): string =>
    `Cannot validate argument on parameter '${name}'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.`,
  nullBoolean: (name: string): string => `Cannot bind argument to parameter '${name}' because it is null.`,
  notBoolean: (name: string, value: string): string =>
    `Cannot process argument transformation on parameter '${name}'. Cannot convert value "${value}" to type "System.Boolean". `
    + 'Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
  notGuid: (name: string, value: string): string =>
    `Cannot process argument transformation on parameter '${name}'. Cannot convert value "${value}" to type "System.Guid". `
    + 'Error: "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."',
  objectNotFound: (identity: string): string =>
    `The operation couldn't be performed because object '${identity}' couldn't be found on '${EXCHANGE_DOMAIN_CONTROLLER}'.`,
  /** Sandbox wording: Exchange refuses a second pointer for the same app or object id. */
  servicePrincipalExists: (field: 'AppId' | 'ObjectId', value: string): string =>
    `A service principal with ${field} '${value}' already exists in this organization.`,
  /** Sandbox limit: only the rights the mail setup needs are modelled. */
  unsupportedRights: (cmdlet: string, supported: string): string =>
    `The sandbox supports only -AccessRights ${supported} for ${cmdlet}.`,
  existingMailboxPermission: (user: string): string => `An existing permission entry was found for user: ${user}.`,
  existingRecipientPermission: (identity: string, trustee: string): string =>
    `The appropriate access control entry is already present on object "${identity}" for account "${trustee}".`,
  missingAce: (identity: string, user: string): string =>
    `Can't remove the access control entry on the object "${identity}" for account "${user}" because the ACE doesn't exist on the object.`,
  /** Sandbox limit: the recipient filters the guides use. */
  unsupportedFilter: (filter: string): string =>
    `The sandbox supports only the recipient filters "PrimarySmtpAddress -eq '<address>'" and "MemberOfGroup -eq '<group>'", not: ${filter}`,
  /** Sandbox wording for a name that is taken (scopes, role assignments). */
  alreadyExists: (name: string): string => `The object '${name}' already exists.`,
  notModified: (identity: string): string =>
    `The command completed successfully but no settings of '${identity}' have been modified.`,
} as const;
