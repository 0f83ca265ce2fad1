/**
 * Checks a chosen backup file off the options page's main thread: decoding and parsing a file
 * of nested brackets under the size limit takes a busy machine half a second, and the page must
 * keep answering meanwhile (issue 7, "Bad input"). Gets the file's bytes, answers with the
 * `ParsedBackup` (utils/backup.ts `readBackupFile` starts it).
 */
import { parseBackupFile } from '@/lib/settings/backup';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => scope.postMessage(parseBackupFile(new Uint8Array(event.data)));
