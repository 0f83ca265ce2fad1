/**
 * Setup codes ([4/6] "Therapist's setup code"; DESIGN.md "Who uses it", "Discreet storage"): a
 * therapist and a client choose settings together in the generator, and the client types or
 * pastes the code into Keerpunt. Pure: no browser, no storage.
 *
 * Text: `KP1-XXXXX-XXXXX-…`: `KP`, the version as one character, then the payload and its CRC-32
 * in Crockford base32, in groups of five. Why base32 rather than base64url: a code is read aloud
 * and typed from paper, so it must survive case, look-alikes (I/L/1, O/0) and the reader's own
 * grouping; and in capitals with `-` it is a QR code's compact alphanumeric mode. When typed,
 * spaces, line breaks, dashes and case are ignored.
 *
 * Payload, version 1 (bytes; counts are one byte unless said otherwise):
 *   region, language, strictness, cooling-off   indexes into the tables below
 *   lists: count, then per list: id length, id (ASCII), on (0 or 1)
 *   campaign: length, code (ASCII): the reach wire format, 0–16 of `A-Z 0-9 -` (lib/reach/
 *     report.ts `wireCampaign`). Encoded in capitals; read case-blind and upper-cased, because
 *     codes made before this rule may hold lowercase. Anything else (`_`, longer) is refused.
 *   personal rules: count; when not zero, the code's own 16-byte key, then per rule: its number
 *     of 32-bit words (2 bytes), the words (little-endian): the hashed form, never the text
 *   endpoint, optional (added later in version 1; a code without it ends after the rules):
 *     length (1 to 255), address (ASCII): where anonymous reach counts go, as stored in the
 *     settings (lib/reach/endpoint.ts `isEndpoint`: normalized, non-empty). Absent = the code
 *     names no endpoint and the person's own stays. Present but empty or not normalized = refused.
 *   CRC-32 (little-endian) of the version character's value followed by everything above
 * Decoding checks everything before it returns anything: a code is whole or refused. A code
 * never switches reach on: campaign and endpoint only say where counts would go if the person
 * switches counting on themselves.
 */
import type { RegionId } from '../help/regions';
import { randomKey, type HashKey } from '../matching';
import { isEndpoint, parseEndpoint, type EndpointProblem } from '../reach/endpoint';
import { fileable, hashTermWith, keyToBase64 } from '../settings/personal';
import type { CoolingOff, Language, Strictness } from '../settings/settings';
import { fromBase64, toBase64 } from '../util/base64';
import { ALPHABET, decodeBase32, encodeBase32, valueOf } from './base32';
import { crc32 } from './crc32';

export const PREFIX = 'KP';
export const VERSION = 1;
/** Characters per group in the text form. */
export const GROUP = 5;

/**
 * Version 1's tables: a value's byte is its index. Fixed here, not taken from the live lists,
 * so that a reordered list elsewhere never changes what an old code means; append only.
 */
export const REGIONS_V1 = ['auto', 'NL', 'BE-VL', 'BE-FR', 'GB', 'US', 'OTHER'] as const;
export const LANGUAGES_V1 = ['auto', 'nl', 'en', 'fr'] as const;
export const STRICTNESS_V1 = ['strict', 'pause', 'gentle'] as const;
export const COOLING_OFF_V1 = ['none', '1h', '24h', '72h'] as const;

export const LIMITS = {
  /**
   * Rules a code can carry: a few chosen together, not a whole list. A one-word rule takes about
   * 60 bytes (its readings' keyed hashes), so 20 fit in the payload cap.
   */
  rules: 20,
  /** Payload bytes, so the code stays a QR code a phone reads and a text one can type. */
  payloadBytes: 1500,
  /** Characters accepted as input (separators included). */
  textChars: 4000,
  lists: 32,
  listId: /^[\w-]{1,64}$/,
  /** The reach wire format (lib/reach/report.ts `wireCampaign`), as encoded. */
  campaign: /^[A-Z0-9-]{0,16}$/,
  /** Endpoint bytes (one-byte length; lib/reach/endpoint.ts keeps at most 200). */
  endpointBytes: 255,
} as const;

/**
 * A campaign code as typed or read from an older code: the wire format in any case, upper-cased;
 * null for anything else. Checked before upper-casing, so `ß` never turns into `SS`.
 */
export function campaignFrom(text: string): string | null {
  return /^[A-Za-z0-9-]{0,16}$/.test(text) ? text.toUpperCase() : null;
}

/** Printable ASCII, no space: an endpoint's bytes are its characters. */
const ASCII_ADDRESS = /^[\x21-\x7e]+$/;

/** Whether `value` can be a code's endpoint field (non-empty, normalized, fits the length byte). */
function endpointFits(value: string): boolean {
  return (
    value.length <= LIMITS.endpointBytes &&
    ASCII_ADDRESS.test(value) &&
    value !== '' &&
    isEndpoint(value)
  );
}

export interface SetupCode {
  region: RegionId | 'auto';
  language: Language | 'auto';
  strictness: Strictness;
  coolingOff: CoolingOff;
  /** Shipped lists by id, switched on or off; lists not named are left as they are. */
  lists: Array<{ id: string; on: boolean }>;
  /** A campaign code for anonymous reach ('' for none); importing never switches reach on. */
  campaign: string;
  /**
   * Where anonymous reach counts would go (normalized, lib/reach/endpoint.ts; '' = the code names
   * none). Importing never switches reach on.
   */
  endpoint: string;
  /** Rules hashed with the code's own key (base64 each); null when there are none. */
  personal: { key: string; rules: string[] } | null;
}

/** Why a code was refused; each has a message in the importer's strings. */
export type DecodeError =
  | 'empty'
  | 'too-long'
  | 'wrong-prefix'
  | 'unknown-version'
  | 'bad-character'
  | 'checksum'
  | 'damaged'
  | 'out-of-range';

export type Decoded = { ok: true; code: SetupCode } | { ok: false; error: DecodeError };

/** Thrown by `encode` for a value it cannot put in a code (a generator bug, not a typo). */
export class SetupCodeRangeError extends RangeError {}

// ---------------------------------------------------------------------------------------------
// Encoding

class Writer {
  private bytes: number[] = [];
  u8(n: number): void {
    this.bytes.push(n & 0xff);
  }
  u16(n: number): void {
    this.u8(n);
    this.u8(n >>> 8);
  }
  u32(n: number): void {
    this.u16(n);
    this.u16(n >>> 16);
  }
  ascii(s: string): void {
    this.u8(s.length);
    for (let i = 0; i < s.length; i++) this.u8(s.charCodeAt(i));
  }
  raw(b: Uint8Array): void {
    for (const x of b) this.u8(x);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

function indexIn<T extends string>(table: readonly T[], value: T, what: string): number {
  const i = table.indexOf(value);
  if (i < 0) throw new SetupCodeRangeError(`setup code: ${what} ${String(value)} has no byte`);
  return i;
}

/** The payload bytes of a code (no version, no checksum). */
export function encodePayload(code: SetupCode): Uint8Array {
  const w = new Writer();
  w.u8(indexIn(REGIONS_V1, code.region, 'region'));
  w.u8(indexIn(LANGUAGES_V1, code.language, 'language'));
  w.u8(indexIn(STRICTNESS_V1, code.strictness, 'strictness'));
  w.u8(indexIn(COOLING_OFF_V1, code.coolingOff, 'cooling-off'));
  if (code.lists.length > LIMITS.lists) throw new SetupCodeRangeError('setup code: too many lists');
  w.u8(code.lists.length);
  for (const list of code.lists) {
    if (!LIMITS.listId.test(list.id)) throw new SetupCodeRangeError('setup code: bad list id');
    w.ascii(list.id);
    w.u8(list.on ? 1 : 0);
  }
  if (!LIMITS.campaign.test(code.campaign)) {
    throw new SetupCodeRangeError('setup code: bad campaign code');
  }
  w.ascii(code.campaign);
  const rules = code.personal?.rules ?? [];
  if (rules.length > LIMITS.rules) throw new SetupCodeRangeError('setup code: too many rules');
  w.u8(rules.length);
  if (rules.length > 0) {
    const key = fromBase64(code.personal!.key);
    if (key.length !== 16) throw new SetupCodeRangeError('setup code: bad key');
    w.raw(key);
    for (const rule of rules) {
      const bytes = fromBase64(rule);
      if (bytes.length % 4 !== 0 || !fileable(rule)) {
        throw new SetupCodeRangeError('setup code: damaged rule');
      }
      w.u16(bytes.length / 4);
      w.raw(bytes);
    }
  }
  if (code.endpoint !== '') {
    if (!endpointFits(code.endpoint)) throw new SetupCodeRangeError('setup code: bad endpoint');
    w.ascii(code.endpoint);
  }
  const payload = w.done();
  if (payload.length > LIMITS.payloadBytes) throw new SetupCodeRangeError('setup code: too long');
  return payload;
}

/** The text form of a payload under `version`: prefix, version, base32 in groups. */
export function frame(payload: Uint8Array, version: number = VERSION): string {
  const versionChar = ALPHABET[version]!;
  const body = new Uint8Array(payload.length + 4);
  body.set(payload);
  const sum = crc32(Uint8Array.of(version, ...payload));
  new DataView(body.buffer).setUint32(payload.length, sum, true);
  const groups = encodeBase32(body).match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? [];
  return [`${PREFIX}${versionChar}`, ...groups].join('-');
}

export function encode(code: SetupCode): string {
  return frame(encodePayload(code));
}

// ---------------------------------------------------------------------------------------------
// Decoding

class Reader {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  u8(): number {
    if (this.at >= this.bytes.length) throw new Damaged();
    return this.bytes[this.at++]!;
  }
  u16(): number {
    return this.u8() | (this.u8() << 8);
  }
  take(n: number): Uint8Array {
    if (this.at + n > this.bytes.length) throw new Damaged();
    const out = this.bytes.slice(this.at, this.at + n);
    this.at += n;
    return out;
  }
  ascii(): string {
    return String.fromCharCode(...this.take(this.u8()));
  }
  get done(): boolean {
    return this.at === this.bytes.length;
  }
}

class Damaged extends Error {}
class OutOfRange extends Error {}

function pick<T>(table: readonly T[], i: number): T {
  if (i >= table.length) throw new OutOfRange();
  return table[i]!;
}

/** A payload's meaning, or why it has none (the checksum was right: not a typo). */
export function decodePayload(payload: Uint8Array): Decoded {
  if (payload.length > LIMITS.payloadBytes) return { ok: false, error: 'too-long' };
  const r = new Reader(payload);
  try {
    const region = pick(REGIONS_V1, r.u8());
    const language = pick(LANGUAGES_V1, r.u8());
    const strictness = pick(STRICTNESS_V1, r.u8());
    const coolingOff = pick(COOLING_OFF_V1, r.u8());
    const listCount = r.u8();
    if (listCount > LIMITS.lists) throw new OutOfRange();
    const lists: SetupCode['lists'] = [];
    for (let i = 0; i < listCount; i++) {
      const id = r.ascii();
      const on = r.u8();
      if (!LIMITS.listId.test(id) || on > 1) throw new OutOfRange();
      if (lists.some((l) => l.id === id)) throw new OutOfRange();
      lists.push({ id, on: on === 1 });
    }
    const campaign = campaignFrom(r.ascii());
    if (campaign === null) throw new OutOfRange();
    const ruleCount = r.u8();
    if (ruleCount > LIMITS.rules) throw new OutOfRange();
    let personal: SetupCode['personal'] = null;
    if (ruleCount > 0) {
      const key = toBase64(r.take(16));
      const rules: string[] = [];
      for (let i = 0; i < ruleCount; i++) {
        const rule = toBase64(r.take(4 * r.u16()));
        if (!fileable(rule)) throw new Damaged();
        rules.push(rule);
      }
      personal = { key, rules };
    }
    // Optional trailing field: codes made before it end here.
    let endpoint = '';
    if (!r.done) {
      endpoint = r.ascii();
      if (!endpointFits(endpoint)) throw new OutOfRange();
    }
    if (!r.done) throw new Damaged();
    return {
      ok: true,
      code: { region, language, strictness, coolingOff, lists, campaign, endpoint, personal },
    };
  } catch (e) {
    if (e instanceof OutOfRange) return { ok: false, error: 'out-of-range' };
    if (e instanceof Damaged) return { ok: false, error: 'damaged' };
    throw e;
  }
}

/** Separators a person may type or a page may add: spaces, line breaks, dashes of any kind. */
const SEPARATORS = /[\s\u00ad\u2010-\u2015\u2212-]+/g;

/** Reads a typed or pasted code. Never throws; a code is whole or refused with a reason. */
export function decode(text: string): Decoded {
  if (text.length > LIMITS.textChars) return { ok: false, error: 'too-long' };
  const compact = text.replace(SEPARATORS, '');
  if (compact === '') return { ok: false, error: 'empty' };
  if (compact.slice(0, 2).toUpperCase() !== PREFIX) return { ok: false, error: 'wrong-prefix' };
  if (compact.length < 3) return { ok: false, error: 'checksum' };
  const versionValue = valueOf(compact[2]!);
  if (versionValue === undefined) return { ok: false, error: 'wrong-prefix' };
  if (versionValue !== VERSION) return { ok: false, error: 'unknown-version' };
  const body = decodeBase32(compact.slice(3));
  if (!(body instanceof Uint8Array)) {
    return { ok: false, error: body.error === 'bad-character' ? 'bad-character' : 'checksum' };
  }
  if (body.length < 4) return { ok: false, error: 'checksum' };
  const payload = body.subarray(0, body.length - 4);
  const sum = new DataView(body.buffer, body.byteOffset).getUint32(body.length - 4, true);
  if (crc32(Uint8Array.of(versionValue, ...payload)) !== sum) {
    return { ok: false, error: 'checksum' };
  }
  return decodePayload(payload);
}

// ---------------------------------------------------------------------------------------------
// The generator's side

export interface GeneratorInput extends Omit<SetupCode, 'personal' | 'endpoint'> {
  /** As typed: any case of the wire format; put in the code in capitals. */
  campaign: string;
  /**
   * The counting address as typed (from the helpline), checked and normalized here; '' or
   * absent = none.
   */
  endpoint?: string;
  /** Terms or list-syntax rules typed together; hashed here, never put in the code as text. */
  terms: readonly string[];
}

export type Generated =
  | { ok: true; text: string; code: SetupCode }
  | { ok: false; error: 'term'; index: number; reason: string }
  | { ok: false; error: 'endpoint'; problem: EndpointProblem }
  | { ok: false; error: 'campaign' | 'too-many-rules' | 'too-long' };

/** The endpoint a generator field gives: '' for none, else normalized, or the problem. */
export function endpointFrom(
  text: string,
): { ok: true; endpoint: string } | { ok: false; problem: EndpointProblem } {
  if (text.trim() === '') return { ok: true, endpoint: '' };
  const parsed = parseEndpoint(text);
  if (!parsed.ok) return parsed;
  // parseEndpoint keeps at most 200 characters; a normalized URL is ASCII (punycode, %-escapes).
  return endpointFits(parsed.endpoint) ? parsed : { ok: false, problem: 'not-a-url' };
}

/**
 * Makes a code: each term hashed with a fresh 128-bit key of the code's own (the same term
 * twice is one rule). The terms are not kept anywhere.
 */
export function generate(input: GeneratorInput, key: HashKey = randomKey()): Generated {
  const campaign = campaignFrom(input.campaign);
  if (campaign === null) return { ok: false, error: 'campaign' };
  const endpoint = endpointFrom(input.endpoint ?? '');
  if (!endpoint.ok) return { ok: false, error: 'endpoint', problem: endpoint.problem };
  const rules: string[] = [];
  for (const [index, term] of input.terms.entries()) {
    const hashed = hashTermWith(key, term);
    if (typeof hashed !== 'string')
      return { ok: false, error: 'term', index, reason: hashed.reason };
    if (!rules.includes(hashed)) rules.push(hashed);
  }
  if (rules.length > LIMITS.rules) return { ok: false, error: 'too-many-rules' };
  const code: SetupCode = {
    region: input.region,
    language: input.language,
    strictness: input.strictness,
    coolingOff: input.coolingOff,
    lists: input.lists.map((l) => ({ id: l.id, on: l.on })),
    campaign,
    endpoint: endpoint.endpoint,
    personal: rules.length > 0 ? { key: keyToBase64(key), rules } : null,
  };
  try {
    return { ok: true, text: encode(code), code };
  } catch (e) {
    if (e instanceof SetupCodeRangeError && /too long/.test(e.message)) {
      return { ok: false, error: 'too-long' };
    }
    throw e;
  }
}
