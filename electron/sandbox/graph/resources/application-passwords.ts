/**
 * Client secrets: `POST /applications/{id}/addPassword` returns the new secret's value once
 * (secretText), `removePassword {keyId}` deletes one. Graph: application-addpassword.md —
 * default endDateTime is startDateTime + 2 years; the value cannot be read again afterwards.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxApplication, SandboxPasswordCredential } from '../../tenant-model.js';
import { newClientSecret } from '../../tenant-seed.js';
import { graphError, invalidValue, json, noContent, type GraphReply } from '../errors.js';
import { contextUrl } from '../odata.js';
import { isErrorReply, readObjectBody, type GraphRequest } from '../request.js';
import { passwordCredentialJson } from './application-shape.js';

function readDate(value: unknown): Date | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function plusTwoYears(d: Date): Date {
  const out = new Date(d);
  out.setUTCFullYear(out.getUTCFullYear() + 2);
  return out;
}

/** POST …/addPassword. */
export async function addPassword(g: GraphRequest, app: Readonly<SandboxApplication>): Promise<GraphReply> {
  const body = await readObjectBody(g.req, true);
  if (isErrorReply(body)) return body;
  const input = body.passwordCredential ?? {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return invalidValue('passwordCredential', 'PasswordCredential');
  const fields = input as Record<string, unknown>;
  const startRead = readDate(fields.startDateTime);
  if (startRead === null) return invalidValue('startDateTime', 'PasswordCredential');
  const start = startRead ?? new Date(g.ctx.state.now());
  const end = readDate(fields.endDateTime);
  if (end === null || (end !== undefined && end.getTime() <= start.getTime())) return invalidValue('endDateTime', 'PasswordCredential');
  if (fields.displayName !== undefined && fields.displayName !== null && typeof fields.displayName !== 'string') {
    return invalidValue('displayName', 'PasswordCredential');
  }
  const secretText = newClientSecret();
  const credential: SandboxPasswordCredential = {
    keyId: randomUUID(),
    displayName: typeof fields.displayName === 'string' ? fields.displayName : null,
    hint: secretText.slice(0, 3),
    secretText,
    startDateTime: start.toISOString(),
    endDateTime: (end ?? plusTwoYears(start)).toISOString(),
  };
  // The change description goes to logs: name the key, never the value.
  g.ctx.state.update(`Graph: add client secret ${credential.keyId} to ${app.displayName}`, (draft) => {
    draft.applications.find((a) => a.id === app.id)?.passwordCredentials.push({ ...credential });
  });
  return json({
    '@odata.context': contextUrl(g.origin, 'microsoft.graph.passwordCredential'),
    ...passwordCredentialJson(credential, secretText),
  });
}

/** POST …/removePassword. */
export async function removePassword(g: GraphRequest, app: Readonly<SandboxApplication>): Promise<GraphReply> {
  const body = await readObjectBody(g.req);
  if (isErrorReply(body)) return body;
  const keyId = typeof body.keyId === 'string' ? body.keyId.toLowerCase() : '';
  if (!app.passwordCredentials.some((c) => c.keyId.toLowerCase() === keyId)) {
    return graphError(404, 'Request_ResourceNotFound', `No password credential found with keyId '${keyId}'.`);
  }
  g.ctx.state.update(`Graph: remove client secret ${keyId} from ${app.displayName}`, (draft) => {
    const target = draft.applications.find((a) => a.id === app.id);
    if (target) target.passwordCredentials = target.passwordCredentials.filter((c) => c.keyId.toLowerCase() !== keyId);
  });
  return noContent;
}
