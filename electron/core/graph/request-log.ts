/**
 * Every Graph call's request-id, for the support report: Microsoft support finds a failed call
 * by its request-id and date. Only method, path, status, id and date are kept — never headers
 * or bodies (a body may carry a new client secret), and query values are dropped because a
 * $filter can name people.
 */

/** One logged Graph call. */
export interface GraphRequestLogEntry {
  readonly method: string;
  /** Path with query parameter names only, e.g. `/v1.0/servicePrincipals?$filter=…&$select=…`. */
  readonly path: string;
  /** HTTP status; 0 when no reply arrived (network error). */
  readonly status: number;
  /** Graph's `request-id` (header or error innerError); empty when Graph sent none. */
  readonly requestId: string;
  /** Graph's date (header or innerError), else the local time; ISO 8601. */
  readonly date: string;
  /** Which attempt this was (1 = first try; more after 429/503/504). */
  readonly attempt: number;
}

/** A URL reduced to what the log may keep. */
export function loggablePath(url: URL): string {
  const names = [...new Set([...url.searchParams.keys()])];
  return names.length === 0 ? url.pathname : `${url.pathname}?${names.map((n) => `${n}=…`).join('&')}`;
}

/** A bounded list of Graph calls (oldest dropped first). */
export class GraphRequestLog {
  private items: GraphRequestLogEntry[] = [];

  constructor(private readonly capacity = 500) {}

  /** Adds one call. */
  add(entry: GraphRequestLogEntry): void {
    this.items.push(entry);
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
  }

  /** All calls, oldest first. */
  entries(): readonly GraphRequestLogEntry[] {
    return [...this.items];
  }

  /** Forgets everything (a new session). */
  clear(): void {
    this.items = [];
  }
}
