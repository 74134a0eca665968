/**
 * The short-lived things Entra remembers between requests: sign-ins in progress (the browser
 * pages of one authorize, device or admin consent request), authorization codes, refresh
 * tokens and device codes. In memory, one store per sandbox start; codes and tokens are random
 * opaque strings as Entra's are to clients.
 */
import { randomBytes } from 'node:crypto';
import type { SandboxResource } from '../access-token.js';
import type { RedirectKind } from './redirect-uri.js';
import type { ScopeRequest } from './scopes.js';

/** Where and how the authorize reply goes back to the app. */
export interface ReplyTarget {
  readonly redirectUri: string;
  readonly kind: RedirectKind;
  readonly responseMode: 'query' | 'fragment' | 'form_post';
  readonly state: string | undefined;
}

/** One sign-in in progress in the browser. */
export interface Interaction {
  readonly id: string;
  readonly kind: 'authorize' | 'device' | 'adminconsent';
  /** The tenant segment of the URL the flow started on (form actions post back there). */
  readonly tenantSegment: string;
  readonly clientAppId: string;
  readonly createdAt: number;
  readonly reply?: ReplyTarget;
  readonly scope?: ScopeRequest;
  readonly nonce?: string;
  readonly codeChallenge?: { readonly value: string; readonly method: 'S256' | 'plain' };
  readonly loginHint?: string;
  /** ui_locales of the request: the pages' language before the browser's. */
  readonly uiLocales?: string;
  /** prompt=consent: show the consent page even when everything is consented. */
  readonly forceConsent: boolean;
  /** adminconsent: 1 = /adminconsent, 2 = /v2.0/adminconsent (echoes `scope`). */
  readonly adminConsentVersion?: 1 | 2;
  readonly deviceCode?: string;
  /** Set once the user signed in. */
  userId?: string;
  /** Permissions the consent page asks for. */
  pendingConsent?: readonly string[];
  /** Permissions consented during this sign-in (the token gets them even before replication). */
  consentedNow?: readonly string[];
}

/** An issued authorization code. */
export interface AuthorizationCodeGrant {
  readonly clientAppId: string;
  readonly userId: string;
  readonly redirectUri: string;
  readonly redirectKind: RedirectKind;
  readonly codeChallenge?: { readonly value: string; readonly method: 'S256' | 'plain' };
  readonly nonce?: string;
  readonly resource: SandboxResource;
  readonly resourceUri: string;
  readonly scopes: readonly string[];
  readonly oidc: readonly string[];
  readonly expiresAt: number;
  redeemed: boolean;
}

/** An issued refresh token. */
export interface RefreshGrant {
  readonly clientAppId: string;
  readonly userId: string;
  /** Issued to a confidential client (must authenticate to redeem). */
  readonly confidential: boolean;
  readonly resource: SandboxResource;
  readonly resourceUri: string;
  readonly oidc: readonly string[];
  readonly expiresAt: number;
}

/** A device code and what happened to it on the device page. */
export interface DeviceCodeGrant {
  readonly deviceCode: string;
  readonly userCode: string;
  readonly clientAppId: string;
  readonly scope: ScopeRequest;
  readonly expiresAt: number;
  status: 'pending' | 'approved' | 'declined' | 'redeemed';
  userId?: string;
  consentedNow?: readonly string[];
}

/** Entra's lifetimes: codes 10 minutes, device codes 15 minutes, refresh tokens 90 days. */
export const LIFETIMES_MS = { code: 10 * 60_000, deviceCode: 15 * 60_000, refreshToken: 90 * 86_400_000, interaction: 60 * 60_000 } as const;

const opaque = (bytes: number): string => randomBytes(bytes).toString('base64url');
const USER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** The in-memory store of one sandbox's Entra. */
export class EntraStore {
  readonly interactions = new Map<string, Interaction>();
  readonly codes = new Map<string, AuthorizationCodeGrant>();
  readonly refreshTokens = new Map<string, RefreshGrant>();
  readonly deviceCodes = new Map<string, DeviceCodeGrant>();

  constructor(private readonly now: () => number) {}

  /** Starts a browser interaction and returns it. */
  startInteraction(fields: Omit<Interaction, 'id' | 'createdAt'>): Interaction {
    this.prune();
    const interaction: Interaction = { ...fields, id: opaque(24), createdAt: this.now() };
    this.interactions.set(interaction.id, interaction);
    return interaction;
  }

  /** An interaction still in progress, by the id the pages carry. */
  interaction(id: string | null): Interaction | undefined {
    const it = id ? this.interactions.get(id) : undefined;
    return it && it.createdAt + LIFETIMES_MS.interaction > this.now() ? it : undefined;
  }

  /** Stores a new authorization code. */
  issueCode(grant: Omit<AuthorizationCodeGrant, 'expiresAt' | 'redeemed'>): string {
    const code = `1.${opaque(96)}`;
    this.codes.set(code, { ...grant, expiresAt: this.now() + LIFETIMES_MS.code, redeemed: false });
    return code;
  }

  /** Stores a new refresh token. */
  issueRefreshToken(grant: Omit<RefreshGrant, 'expiresAt'>): string {
    const token = `1.${opaque(192)}`;
    this.refreshTokens.set(token, { ...grant, expiresAt: this.now() + LIFETIMES_MS.refreshToken });
    return token;
  }

  /** Stores a new device code with a 9-character user code. */
  issueDeviceCode(clientAppId: string, scope: ScopeRequest): DeviceCodeGrant {
    let userCode = '';
    do {
      userCode = [...randomBytes(9)].map((b) => USER_CODE_ALPHABET[b % USER_CODE_ALPHABET.length]).join('');
    } while ([...this.deviceCodes.values()].some((d) => d.userCode === userCode));
    const grant: DeviceCodeGrant = {
      deviceCode: `DAQABIQEAAA${opaque(150)}`, userCode, clientAppId, scope,
      expiresAt: this.now() + LIFETIMES_MS.deviceCode, status: 'pending',
    };
    this.deviceCodes.set(grant.deviceCode, grant);
    return grant;
  }

  /** A device code by the user code typed on the device page (case-insensitive). */
  deviceCodeByUserCode(userCode: string): DeviceCodeGrant | undefined {
    const wanted = userCode.replace(/[\s-]/g, '').toUpperCase();
    return [...this.deviceCodes.values()].find((d) => d.userCode === wanted);
  }

  /** Forgets what nobody can use any more. */
  private prune(): void {
    const now = this.now();
    for (const [k, v] of this.interactions) if (v.createdAt + LIFETIMES_MS.interaction <= now) this.interactions.delete(k);
    for (const [k, v] of this.codes) if (v.expiresAt + LIFETIMES_MS.code <= now) this.codes.delete(k);
    for (const [k, v] of this.deviceCodes) if (v.expiresAt + LIFETIMES_MS.deviceCode <= now) this.deviceCodes.delete(k);
    for (const [k, v] of this.refreshTokens) if (v.expiresAt <= now) this.refreshTokens.delete(k);
  }
}
