/**
 * The OData `$filter` forms the assistant and the vendors' guides use against directory objects:
 * `prop eq 'v'`, `prop in ('a','b')`, `startswith(prop,'v')`, `prop/any(x:x eq 'v')`, joined by
 * `and`. Anything else gets Graph's Request_UnsupportedQuery reply, so a client that relies on an
 * operator the real directory refuses finds out here too.
 */
import { graphError, type GraphErrorReply } from './errors.js';

/** A literal in a filter. */
export type FilterLiteral = string | boolean | null;

/** The filter operations the sandbox evaluates. */
export type FilterOp = 'eq' | 'in' | 'startswith' | 'any';

/** One clause; clauses are joined by `and`. */
export type FilterClause =
  | { readonly op: 'eq'; readonly property: string; readonly value: FilterLiteral }
  | { readonly op: 'in'; readonly property: string; readonly values: readonly FilterLiteral[] }
  | { readonly op: 'startswith'; readonly property: string; readonly value: string }
  | { readonly op: 'any'; readonly property: string; readonly value: FilterLiteral };

/** What a collection allows: its properties, and which of them filter with which operations. */
export interface EntitySetSpec {
  /** OData type name, e.g. `servicePrincipal` (as in `microsoft.graph.servicePrincipal`). */
  readonly type: string;
  /** Directory resource name used in Graph's messages, e.g. `ServicePrincipal`. */
  readonly resource: string;
  /** Every property of the JSON shape, canonical case. */
  readonly properties: readonly string[];
  /** Filterable properties and their operations. */
  readonly filters: Readonly<Record<string, readonly FilterOp[]>>;
}

type Token =
  | { readonly t: 'id'; readonly v: string; readonly at: number }
  | { readonly t: 'str'; readonly v: string; readonly at: number }
  | { readonly t: 'punct'; readonly v: string; readonly at: number };

const UNSUPPORTED_BINARY: Record<string, string> = {
  ne: 'NotEqualsMatch', gt: 'GreaterThan', ge: 'GreaterThanOrEqual', lt: 'LessThan', le: 'LessThanOrEqual',
};

function invalidClause(): GraphErrorReply {
  return graphError(400, 'BadRequest', 'Invalid filter clause');
}

function unsupportedQuery(message = 'Unsupported query.'): GraphErrorReply {
  return graphError(400, 'Request_UnsupportedQuery', message);
}

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if ('(),:'.includes(c)) { tokens.push({ t: 'punct', v: c, at: i }); i++; continue; }
    if (c === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) return undefined;
        if (text[j] === "'") {
          if (text[j + 1] === "'") { value += "'"; j += 2; continue; }
          break;
        }
        value += text[j];
        j++;
      }
      tokens.push({ t: 'str', v: value, at: i });
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z0-9_.\-/]+/.exec(text.slice(i));
    if (!word) return undefined;
    tokens.push({ t: 'id', v: word[0], at: i });
    i += word[0].length;
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  done(): boolean { return this.pos >= this.tokens.length; }
  peek(): Token | undefined { return this.tokens[this.pos]; }
  next(): Token | undefined { return this.tokens[this.pos++]; }

  expect(t: Token['t'], v?: string): Token | undefined {
    const tok = this.next();
    if (!tok || tok.t !== t || (v !== undefined && tok.v.toLowerCase() !== v)) return undefined;
    return tok;
  }

  literal(): FilterLiteral | undefined {
    const tok = this.next();
    if (!tok) return undefined;
    if (tok.t === 'str') return tok.v;
    if (tok.t === 'id' && tok.v === 'true') return true;
    if (tok.t === 'id' && tok.v === 'false') return false;
    if (tok.t === 'id' && tok.v === 'null') return null;
    return undefined;
  }
}

function parseClause(p: Parser): FilterClause | GraphErrorReply {
  const head = p.next();
  if (!head || head.t !== 'id') return invalidClause();
  const name = head.v;
  const lower = name.toLowerCase();
  if (p.peek()?.v === '(') {
    p.next();
    if (lower === 'startswith') {
      const prop = p.expect('id');
      if (!prop || !p.expect('punct', ',')) return invalidClause();
      const value = p.literal();
      if (typeof value !== 'string' || !p.expect('punct', ')')) return invalidClause();
      return { op: 'startswith', property: prop.v, value };
    }
    if (lower.endsWith('/any')) {
      const variable = p.expect('id');
      if (!variable || !p.expect('punct', ':') || !p.expect('id', variable.v.toLowerCase())) return invalidClause();
      const op = p.expect('id');
      if (!op) return invalidClause();
      if (op.v.toLowerCase() !== 'eq') return unsupportedQuery();
      const value = p.literal();
      if (value === undefined || !p.expect('punct', ')')) return invalidClause();
      return { op: 'any', property: name.slice(0, -'/any'.length), value };
    }
    if (['endswith', 'contains', 'not'].includes(lower) || lower.endsWith('/all')) return unsupportedQuery();
    return invalidClause();
  }
  const op = p.next();
  if (!op || op.t !== 'id') return invalidClause();
  const opName = op.v.toLowerCase();
  if (opName === 'eq') {
    const value = p.literal();
    return value === undefined ? invalidClause() : { op: 'eq', property: name, value };
  }
  if (opName === 'in') {
    if (!p.expect('punct', '(')) return invalidClause();
    const values: FilterLiteral[] = [];
    for (;;) {
      const value = p.literal();
      if (value === undefined) return invalidClause();
      values.push(value);
      const sep = p.next();
      if (sep?.v === ')') break;
      if (sep?.v !== ',') return invalidClause();
    }
    return { op: 'in', property: name, values };
  }
  const unsupported = UNSUPPORTED_BINARY[opName];
  if (unsupported) return unsupportedQuery(`Unsupported property filter clause operator '${unsupported}'.`);
  return invalidClause();
}

/** Parses a `$filter` value and checks it against the collection's filterable properties. */
export function parseFilter(text: string, spec: EntitySetSpec): FilterClause[] | GraphErrorReply {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return invalidClause();
  const p = new Parser(tokens);
  const clauses: FilterClause[] = [];
  for (;;) {
    const clause = parseClause(p);
    if ('kind' in clause) return clause;
    const canonical = spec.properties.find((prop) => prop.toLowerCase() === clause.property.toLowerCase());
    if (!canonical) {
      return graphError(400, 'BadRequest', `Could not find a property named '${clause.property}' on type 'microsoft.graph.${spec.type}'.`);
    }
    if (!(spec.filters[canonical] ?? []).includes(clause.op)) {
      return unsupportedQuery(`Unsupported or invalid query filter clause specified for property '${canonical}' of resource '${spec.resource}'.`);
    }
    clauses.push({ ...clause, property: canonical });
    if (p.done()) return clauses;
    const joiner = p.next()!;
    if (joiner.t !== 'id') return invalidClause();
    if (joiner.v.toLowerCase() === 'or') return unsupportedQuery();
    if (joiner.v.toLowerCase() !== 'and') return invalidClause();
  }
}

// Directory string comparisons are case-insensitive (userPrincipalName, mail, appId, …).
function same(a: unknown, b: FilterLiteral): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

/** True when a Graph JSON object matches every clause. */
export function matchesFilter(item: Readonly<Record<string, unknown>>, clauses: readonly FilterClause[]): boolean {
  return clauses.every((c) => {
    const value = item[c.property];
    switch (c.op) {
      case 'eq': return same(value ?? null, c.value);
      case 'in': return c.values.some((v) => same(value ?? null, v));
      case 'startswith': return typeof value === 'string' && value.toLowerCase().startsWith(c.value.toLowerCase());
      case 'any': return Array.isArray(value) && value.some((v) => same(v, c.value));
    }
  });
}
