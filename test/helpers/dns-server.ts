/**
 * Test helper: a tiny authoritative DNS server on UDP 127.0.0.1:0 speaking the real wire
 * format (RFC 1035) for A, MX, TXT and CNAME, so the DNS probe is tested against actual
 * resolver traffic. Unknown names answer NXDOMAIN; known names without the type answer empty.
 */
import dgram from 'node:dgram';

/** Records of one name. */
export interface ZoneEntry {
  readonly A?: readonly string[];
  readonly MX?: ReadonlyArray<{ readonly preference: number; readonly exchange: string }>;
  readonly TXT?: readonly string[];
  readonly CNAME?: string;
}

/** A running DNS server. */
export interface TestDnsServer {
  /** `127.0.0.1:port`, for Resolver.setServers. */
  readonly address: string;
  /** Questions received, as `TYPE name`. */
  readonly questions: string[];
  close(): Promise<void>;
}

const TYPES: Record<number, keyof ZoneEntry> = { 1: 'A', 15: 'MX', 16: 'TXT', 5: 'CNAME' };

function encodeName(name: string): Buffer {
  const parts = name.replace(/\.$/, '').split('.').filter(Boolean);
  return Buffer.concat([...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p, 'ascii')])), Buffer.from([0])]);
}

function readName(msg: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let i = offset;
  while (msg[i]! !== 0) {
    const len = msg[i]!;
    labels.push(msg.subarray(i + 1, i + 1 + len).toString('ascii'));
    i += 1 + len;
  }
  return { name: labels.join('.').toLowerCase(), end: i + 1 };
}

function rdata(type: keyof ZoneEntry, value: unknown): Buffer {
  switch (type) {
    case 'A': return Buffer.from(String(value).split('.').map(Number));
    case 'MX': {
      const mx = value as { preference: number; exchange: string };
      const pref = Buffer.alloc(2);
      pref.writeUInt16BE(mx.preference);
      return Buffer.concat([pref, encodeName(mx.exchange)]);
    }
    case 'TXT': {
      // Character-strings are at most 255 bytes; longer TXT values are split into several.
      const text = Buffer.from(String(value), 'utf8');
      const chunks: Buffer[] = [];
      for (let i = 0; i < text.length || i === 0; i += 255) {
        const part = text.subarray(i, i + 255);
        chunks.push(Buffer.from([part.length]), part);
      }
      return Buffer.concat(chunks);
    }
    case 'CNAME': return encodeName(String(value));
  }
}

function answer(query: Buffer, zone: Readonly<Record<string, ZoneEntry>>, questions: string[]): Buffer {
  const { name, end } = readName(query, 12);
  const qtype = query.readUInt16BE(end);
  const type = TYPES[qtype];
  questions.push(`${type ?? qtype} ${name}`);
  const entry = zone[name];
  const values: unknown[] = !entry || !type || entry[type] === undefined ? [] : type === 'CNAME' ? [entry.CNAME] : [...(entry[type] as readonly unknown[])];
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2); // id
  // QR=1, opcode copied, AA=1, RD copied, RA=1; RCODE 3 (NXDOMAIN) for unknown names.
  header.writeUInt16BE(0x8400 | (query.readUInt16BE(2) & 0x0100) | 0x0080 | (entry ? 0 : 3), 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(values.length, 6);
  const question = query.subarray(12, end + 4);
  const records = values.map((value) => {
    const data = rdata(type!, value);
    const fixed = Buffer.alloc(12);
    fixed.writeUInt16BE(0xc00c, 0); // pointer to the question's name
    fixed.writeUInt16BE(qtype, 2);
    fixed.writeUInt16BE(1, 4); // class IN
    fixed.writeUInt32BE(300, 6);
    fixed.writeUInt16BE(data.length, 10);
    return Buffer.concat([fixed, data]);
  });
  return Buffer.concat([header, question, ...records]);
}

/** Starts the server with a zone (names lower-case, without trailing dot); `silent` never answers. */
export async function startDnsServer(zone: Readonly<Record<string, ZoneEntry>>, options: { silent?: boolean } = {}): Promise<TestDnsServer> {
  const socket = dgram.createSocket('udp4');
  const questions: string[] = [];
  socket.on('message', (msg, rinfo) => {
    if (options.silent) {
      questions.push('(ignored)');
      return;
    }
    try {
      socket.send(answer(msg, zone, questions), rinfo.port, rinfo.address);
    } catch {
      // A malformed query gets no answer, as from a real server.
    }
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${socket.address().port}`,
    questions,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
