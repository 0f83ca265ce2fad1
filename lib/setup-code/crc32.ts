/**
 * CRC-32 (IEEE 802.3, the one of zip and PNG), pure. Chosen for setup codes over a truncated
 * SHA-256 because its guarantees fit typing: every error within 32 consecutive bits is caught,
 * so one wrong character (5 bits) and two swapped neighbours (10 bits) never pass; anything else
 * passes by chance one time in about four billion.
 */
let table: Uint32Array | null = null;

function makeTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

export function crc32(bytes: Uint8Array): number {
  const t = (table ??= makeTable());
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
