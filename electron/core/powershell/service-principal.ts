/**
 * The Exchange Online service-principal pointer (New-ServicePrincipal), written so the script
 * can be run twice: it creates the pointer when missing, accepts it when it is right, and stops
 * with a clear message when an earlier attempt registered a wrong Object ID — usually the app
 * registration's instead of the enterprise application's, the most common cause of 535 5.7.3.
 */
import type { ExchangeCommand } from './command.js';
import { renderCommand } from './command.js';
import { psQuote } from './quote.js';

/** Validated values of the pointer. */
export interface ServicePrincipalPointer {
  readonly appId: string;
  readonly servicePrincipalObjectId: string;
  readonly displayName: string;
}

/** The structured New-ServicePrincipal command (what the sandbox runs in demo mode). */
export function newServicePrincipalCommand(sp: ServicePrincipalPointer): ExchangeCommand {
  return {
    cmdlet: 'New-ServicePrincipal',
    parameters: { AppId: sp.appId, ObjectId: sp.servicePrincipalObjectId, DisplayName: sp.displayName },
  };
}

/** Script lines (unindented) and the structured command for the pointer. */
export function servicePrincipalBlock(sp: ServicePrincipalPointer): { lines: string[]; commands: ExchangeCommand[] } {
  const create = newServicePrincipalCommand(sp);
  const appId = psQuote(sp.appId);
  const objectId = psQuote(sp.servicePrincipalObjectId);
  return {
    commands: [create],
    lines: [
      '# Register the app in Exchange Online. -ObjectId is the Object ID of the ENTERPRISE APPLICATION',
      '# (Entra: Enterprise applications -> app -> Overview), not the one of the app registration.',
      `$existingServicePrincipal = @(Get-ServicePrincipal | Where-Object { [string]$_.AppId -eq ${appId} })`,
      'if ($existingServicePrincipal.Count -eq 0) {',
      `    ${renderCommand(create)}`,
      '}',
      `elseif ([string]$existingServicePrincipal[0].ObjectId -ne ${objectId}) {`,
      '    # An earlier attempt used another Object ID. Remove that entry, then run this script again:',
      `    #   Remove-ServicePrincipal -Identity ${appId}`,
      "    throw ('Exchange Online already has this app with Object ID ' + $existingServicePrincipal[0].ObjectId + ', not ' + " +
        `${objectId} + '.')`,
      '}',
      'else {',
      "    Write-Host 'The app is already registered in Exchange Online with the right Object ID.'",
      '}',
    ],
  };
}
