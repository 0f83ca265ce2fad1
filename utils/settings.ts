/** The person's settings in storage (lib/settings), validated on every read. */
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/lib/settings/settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

/** Saves a change to some fields; the others keep their stored (validated) values. */
export async function saveSettings(change: Partial<Omit<Settings, 'v'>>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change, v: DEFAULT_SETTINGS.v });
  await browser.storage.local.set({ [KEY]: next });
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
