/**
 * Backup ([4/6] "Settings that never get lost"): save the settings to a file, and restore them
 * from one. A file is checked whole first (lib/settings/backup.ts); any problem is named and
 * nothing changes. A good file shows what it would change; on Restore, what strengthens
 * protection applies at once and what weakens it waits for the cooling-off period.
 */
import { lists as shippedLists } from 'virtual:keerpunt-shipped-lists';
import { useRef, useState } from 'preact/hooks';
import {
  type Backup as BackupFile,
  type BackupProblem,
  type RestoreStep,
} from '@/lib/settings/backup';
import { sitePattern } from '@/lib/search/custom-site';
import type { Language } from '@/lib/settings/settings';
import type { EncodingProblem } from '@/lib/util/text-encoding';
import { applyBackup, exportBackup, readBackupFile, restorePlan } from '@/utils/backup';
import { fill } from '../strings';
import { BACKUP_STRINGS, type BackupStrings } from './backup-strings';
import { COMMITMENT_STRINGS } from './commitment-strings';

const KNOWN_LISTS = shippedLists.map((l) => l.id);

type Loaded = { backup: BackupFile; steps: RestoreStep[]; termsFit: boolean };

export function Backup({ lang }: { lang: Language }) {
  const t = BACKUP_STRINGS[lang];
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  // The file being read: a file chosen while another is still read replaces it.
  const reading = useRef(0);

  const save = async () => {
    const { name, text } = await exportBackup();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(fill(t.saved, { name }));
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    const turn = ++reading.current;
    setLoaded(null);
    setProblems([]);
    setStatus('');
    if (!file) return;
    setStatus(t.checking);
    input.value = '';
    const parsed = await readBackupFile(file);
    if (turn !== reading.current) return;
    if (!parsed.ok) {
      setStatus('');
      setProblems(parsed.problems.slice(0, 10).map((p) => describeProblem(t, p)));
      return;
    }
    const plan = await restorePlan(parsed.backup, KNOWN_LISTS);
    if (turn !== reading.current) return;
    setStatus('');
    if (!plan.termsFit) {
      setProblems([t.termsFull]);
      return;
    }
    setLoaded({ backup: parsed.backup, ...plan });
  };

  // The browser asks for host access (own sites) and the history permission only in direct
  // answer to a click: the request comes first, before anything is awaited.
  const restore = () => {
    if (!loaded) return;
    const origins = loaded.steps.flatMap((s) =>
      s.kind === 'add-site' ? [sitePattern(s.site)] : [],
    );
    const wantsHistory = loaded.steps.some(
      (s) => s.kind === 'settings' && s.change.removeFromHistory === true,
    );
    const asked =
      origins.length > 0 || wantsHistory
        ? browser.permissions
            .request({ origins, permissions: wantsHistory ? ['history'] : [] })
            .catch(() => false)
        : Promise.resolve(true);
    setBusy(true);
    void (async () => {
      await asked;
      const historyAllowed =
        wantsHistory && (await browser.permissions.contains({ permissions: ['history'] }));
      const sitesAllowed =
        origins.length === 0 ||
        (await browser.permissions.contains({ origins }).catch(() => false));
      const { waiting } = await applyBackup(loaded.backup, KNOWN_LISTS, historyAllowed);
      const notes = [
        waiting > 0 ? fill(t.restoredWaiting, { count: String(waiting) }) : t.restored,
      ];
      if (!sitesAllowed) notes.push(t.sitesDenied);
      if (wantsHistory && !historyAllowed) notes.push(t.historyDenied);
      setLoaded(null);
      setBusy(false);
      setStatus(notes.join(' '));
    })();
  };

  return (
    <section data-testid="backup">
      <h2 id="backup">{t.title}</h2>
      <p>{t.intro}</p>
      <p class="note">{t.note}</p>
      <p>
        <button type="button" data-testid="backup-save" onClick={() => void save()}>
          {t.save}
        </button>
      </p>
      <label>
        {t.restoreLabel}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="backup-file"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      <p class="note">{t.restoreNote}</p>
      {problems.length > 0 && (
        <div class="notice" role="alert" data-testid="backup-problems">
          <p>{t.refused}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {loaded && (
        <div data-testid="backup-summary">
          <p>
            {fill(t.summaryTitle, {
              date: new Date(`${loaded.backup.created}T12:00:00`).toLocaleDateString(lang, {
                day: 'numeric',
                month: 'long',
                year: 'numeric',
              }),
            })}
          </p>
          {loaded.steps.length === 0 ? (
            <p>{t.nothing}</p>
          ) : (
            <ul class="entries">
              {loaded.steps.map((step, i) => (
                <li key={i} data-testid={`backup-step-${step.kind}`}>
                  <span>{describeStep(t, step, lang)}</span>
                  <em class={step.waits ? 'pending' : undefined}>
                    {step.waits ? t.waits : t.atOnce}
                  </em>
                </li>
              ))}
            </ul>
          )}
          <div class="choices">
            <button
              type="button"
              data-testid="backup-restore"
              disabled={busy || loaded.steps.length === 0}
              onClick={restore}
            >
              {t.confirm}
            </button>
            <button
              type="button"
              data-testid="backup-cancel"
              disabled={busy}
              onClick={() => {
                setLoaded(null);
                setStatus(t.cancelled);
              }}
            >
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      <p role="status" data-testid="backup-status">
        {status}
      </p>
    </section>
  );
}

const ENCODING_MESSAGE = {
  'utf-16': 'utf16',
  'utf-32': 'utf32',
  'not-utf-8': 'notUtf8',
  binary: 'binary',
} as const satisfies Record<EncodingProblem, keyof BackupStrings>;

function describeProblem(t: BackupStrings, p: BackupProblem): string {
  switch (p.kind) {
    case 'too-large':
      return t.tooLarge;
    case 'encoding':
      return t[ENCODING_MESSAGE[p.encoding]];
    case 'not-json':
      return t.notJson;
    case 'not-backup':
      return t.notBackup;
    case 'version':
      return fill(t.version, { version: p.version });
    case 'field':
      return fill(t.field, { field: p.field });
    case 'too-many':
      return fill(t.tooMany, { field: p.field });
  }
}

function describeStep(t: BackupStrings, step: RestoreStep, lang: Language): string {
  const c = COMMITMENT_STRINGS[lang];
  const listTitle = (id: string) => shippedLists.find((l) => l.id === id)?.title ?? id;
  switch (step.kind) {
    case 'settings':
      return t.stepSettings;
    case 'list-on':
      return fill(t.stepListOn, { list: listTitle(step.target) });
    case 'list-off':
      return fill(t.stepListOff, { list: listTitle(step.target) });
    case 'add-site':
      return fill(t.stepSite, { host: step.site.host });
    case 'add-terms':
      return fill(t.stepTerms, { count: String(step.count) });
    case 'strictness':
      return fill(t.stepStrictness, { mode: c.strictness[step.value] ?? step.value });
    case 'switch-on':
      return t.stepSwitchOn;
    case 'switch-off':
      return t.stepSwitchOff;
    case 'set-pin':
      return t.stepPin;
    case 'cooling-off':
      return fill(t.stepCoolingOff, { period: c.period[step.value] });
  }
}
