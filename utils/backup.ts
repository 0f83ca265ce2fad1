/**
 * Backup export and restore (lib/settings/backup.ts decides what a file holds and what it would
 * change). A restore applies through utils/changes like the options page does, step by step:
 * what strengthens protection at once, what weakens it after the cooling-off period in force now.
 */
import { dayKey } from '@/lib/counters/daily';
import {
  backupFileName,
  backupText,
  makeBackup,
  MAX_BACKUP_BYTES,
  mergePersonal,
  parseBackupFile,
  planRestore,
  type Backup,
  type ParsedBackup,
  type RestoreCurrent,
  type RestoreStep,
} from '@/lib/settings/backup';
import { addSite, setActive, setCoolingOff, setList, setPin, setStrictness } from './changes';
import { loadRules, updateRules } from './rules';
import { loadSettings, saveSettings } from './settings';
import { randomId } from '@/lib/util/random-id';

/** The file to save now: its neutral name and its text. */
export async function exportBackup(
  now: Date = new Date(),
): Promise<{ name: string; text: string }> {
  const [settings, { personal, guard }] = await Promise.all([loadSettings(), loadRules()]);
  const today = dayKey(now);
  return {
    name: backupFileName(today),
    text: backupText(makeBackup({ settings, personal, guard }, today)),
  };
}

/**
 * Checks a chosen file (lib/settings/backup.ts `parseBackupFile`). A file over the limit is
 * refused by its size, unread. The rest is read and checked in a worker, so a file built to be
 * slow (deep nesting) never holds up the page; where no worker can start, it is checked here.
 */
export async function readBackupFile(file: Blob): Promise<ParsedBackup> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, problems: [{ kind: 'too-large' }] };
  const bytes = await file.arrayBuffer();
  try {
    return await inWorker(bytes.slice(0));
  } catch {
    return parseBackupFile(new Uint8Array(bytes));
  }
}

function inWorker(bytes: ArrayBuffer): Promise<ParsedBackup> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backup-check.worker.ts', import.meta.url), {
      type: 'module',
    });
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<ParsedBackup>) => {
      done();
      resolve(event.data);
    };
    const fail = () => {
      done();
      reject(new Error('the backup check did not answer'));
    };
    worker.onerror = fail;
    worker.onmessageerror = fail;
    worker.postMessage(bytes, [bytes]);
  });
}

async function loadCurrent(): Promise<RestoreCurrent> {
  const [settings, { personal, guard }] = await Promise.all([loadSettings(), loadRules()]);
  return { settings, personal, guard };
}

/** What restoring `backup` would change now (for the summary before confirming). */
export async function restorePlan(
  backup: Backup,
  knownLists: readonly string[],
): Promise<{ steps: RestoreStep[]; termsFit: boolean }> {
  return planRestore(await loadCurrent(), backup, knownLists);
}

/**
 * Restores `backup`: the plan is made again from what is stored now and applied in its order.
 * `historyAllowed`: whether the optional `history` permission is held (the caller asks for it
 * first, in the click); without it, history removal is not turned on. Returns how many changes
 * wait for the cooling-off period.
 */
export async function applyBackup(
  backup: Backup,
  knownLists: readonly string[],
  historyAllowed: boolean,
  now: number = Date.now(),
): Promise<{ waiting: number; termsAdded: boolean }> {
  const { steps, termsFit } = planRestore(await loadCurrent(), backup, knownLists);
  let waiting = 0;
  for (const step of steps) {
    const out = await applyStep(step, backup, historyAllowed, now);
    if (out?.outcome === 'pending') waiting++;
  }
  return { waiting, termsAdded: termsFit };
}

async function applyStep(
  step: RestoreStep,
  backup: Backup,
  historyAllowed: boolean,
  now: number,
): Promise<{ outcome: string } | void> {
  switch (step.kind) {
    case 'settings': {
      const change = { ...step.change };
      if (change.removeFromHistory && !historyAllowed) delete change.removeFromHistory;
      await saveSettings(change);
      if (change.removeFromHistory === false) {
        await browser.permissions.remove({ permissions: ['history'] }).catch(() => false);
      }
      return;
    }
    case 'list-on':
    case 'list-off':
      return setList(step.target, step.kind === 'list-on', now);
    case 'add-site':
      return addSite(step.site, now);
    case 'add-terms':
      // Adding terms strengthens protection: at once, under the rules' lock.
      return updateRules((rules) => {
        const merged = mergePersonal(rules.personal, backup.personal, randomId);
        return {
          rules: merged ? { ...rules, personal: merged.record } : rules,
          result: undefined,
        };
      });
    case 'strictness':
      return setStrictness(step.value, now);
    case 'switch-on':
    case 'switch-off':
      return setActive(step.kind === 'switch-on', now);
    case 'set-pin':
      return setPin(step.pin, now);
    case 'cooling-off':
      return setCoolingOff(step.value, now);
  }
}
