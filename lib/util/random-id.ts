/** A random id for an entry or a waiting change: 16 lowercase hex digits, saying nothing. */
export function randomId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
