/** Brings stored records to their current shape after an update (lib/settings/migrate.ts). */
import { MIGRATION_KEYS, planMigration } from '@/lib/settings/migrate';

export async function migrateStorage(): Promise<void> {
  const stored = await browser.storage.local.get([...MIGRATION_KEYS]);
  const plan = planMigration(stored);
  if (Object.keys(plan.set).length) await browser.storage.local.set(plan.set);
  if (plan.remove.length) await browser.storage.local.remove(plan.remove);
}
