declare module 'virtual:keerpunt-shipped-lists' {
  /** The compiled shipped lists (keyed hashes only), packed (`unpack` reads them), base64. */
  export const compiled: string;
  /** The packed set's id (lib/settings/shipped.ts `shippedId`): its CRC-32, 8 hex digits. */
  export const id: string;
  /** The registry entries of the shipped lists, in set order. */
  export const lists: Array<{
    id: string;
    title: string;
    language: string;
    version: string;
    category: string;
    default: boolean;
  }>;
}
