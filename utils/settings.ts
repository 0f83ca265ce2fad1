/** The person's settings in storage (lib/settings), migrated and validated on every read. */
import {
  parseSettings,
  readSettings,
  SETTINGS_VERSION,
  type ReadSettings,
  type Settings,
} from '@/lib/settings/settings';
import { SETTINGS_KEY as KEY } from '@/lib/settings/keys';
import { writeHelpDisplay } from './help-display';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

/**
 * The settings with what fell back to defaults (for the options page's notice). A migrated or
 * repaired value is written back, so the notice shows once and the rest is kept.
 */
export async function loadSettingsChecked(): Promise<ReadSettings> {
  const stored = await browser.storage.local.get(KEY);
  const read = readSettings(stored[KEY]);
  if ((read.migrated && stored[KEY] !== undefined) || read.reset.length > 0) {
    await browser.storage.local.set({ [KEY]: read.settings });
  }
  return read;
}

/** Saves a change to some fields; the others keep their stored (validated) values. */
export async function saveSettings(change: Partial<Omit<Settings, 'v'>>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change, v: SETTINGS_VERSION });
  await browser.storage.local.set({ [KEY]: next });
  // The help page's first paint reads these from its cache (utils/help-display.ts).
  writeHelpDisplay(next);
  return next;
}

/** Calls `listener` with the new settings whenever they change. */
export function watchSettings(listener: (s: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
