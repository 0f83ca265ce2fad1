/**
 * The background (service worker on Chrome, event page on Firefox): counts events for content
 * scripts, guards tabs that were open before install, keeps the person's own sites covered, and
 * on Firefox answers searches before they are sent; and, only if the person opted in, sends the
 * anonymous daily reach report.
 */
import { setInstallDefaults } from './defaults';
import { guardOpenTabs } from './open-tabs';
import { syncCustomSites } from './custom-sites';
import { migrateStorage } from './migrate';
import { blockRiskyRequests } from './web-request';
import { FORGET_ALARM, forgetExpired, forgetTab } from './continue';
import { listener } from './messages';
import { applyDueChanges, PENDING_ALARM, syncPendingAlarm } from './pending';
import { updateBadge } from './badge';
import { COVERAGE_KEYS } from '@/utils/coverage';
import { startReach } from './reach';
import { keepShippedLists, storeShippedLists } from './shipped';
import { GUARD_KEY, SHIPPED_KEY } from '@/lib/settings/keys';

export default defineBackground(() => {
  // Firefox: blocking listeners must be registered synchronously, at the top.
  if (import.meta.env.FIREFOX) blockRiskyRequests();
  browser.runtime.onMessage.addListener(listener);
  // The coverage badge: at every start (allowing private windows restarts the extension).
  const badge = () => void updateBadge().catch(() => {});
  badge();
  browser.tabs.onRemoved.addListener((tab) => void forgetTab(tab));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(FORGET_ALARM)) void forgetExpired();
    if (alarm.name === PENDING_ALARM) void applyDueChanges().catch(() => {});
  });
  // Cooling-off: what came due while the browser was closed applies at start.
  void applyDueChanges().catch(() => {});
  browser.runtime.onInstalled.addListener((details) => {
    // The shipped lists the search guard reads, before tabs open at install get a guard.
    const lists = storeShippedLists().catch(() => undefined);
    if (details.reason === 'install') {
      void setInstallDefaults();
      // The first-run page, on install only (not on update); protection is already on. Chrome's
      // split incognito copy would open it in a private window: the normal copy alone opens it.
      if (!browser.extension?.inIncognitoContext) {
        void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
      }
    }
    void lists.then(guardOpenTabs);
    if (details.reason === 'update') {
      // Stored records in their current shape; the person's own sites registered again (an
      // update may move the guard's files).
      void migrateStorage()
        .catch(() => undefined)
        .then(() => syncCustomSites());
    }
  });
  browser.runtime.onStartup.addListener(() => void syncCustomSites());
  browser.runtime.onStartup.addListener(() => void storeShippedLists().catch(() => undefined));
  browser.runtime.onStartup.addListener(badge);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && GUARD_KEY in changes) void syncCustomSites();
    // A record changed by anything but this worker (the guard does not hash what it reads); the
    // change carries the new value, so nothing is read again.
    if (area === 'local' && SHIPPED_KEY in changes) {
      void keepShippedLists(changes[SHIPPED_KEY]!.newValue).catch(() => {});
    }
    if (area === 'local' && 'pending' in changes) void syncPendingAlarm();
    if (area === 'local' && COVERAGE_KEYS.some((k) => k in changes)) badge();
  });
  browser.permissions.onRemoved.addListener(() => void syncCustomSites());
  browser.permissions.onAdded.addListener(() => void syncCustomSites());
  browser.permissions.onRemoved.addListener(badge);
  browser.permissions.onAdded.addListener(badge);
  // Anonymous reach: only when the person opted in (entrypoints/background/reach.ts).
  startReach();
});
