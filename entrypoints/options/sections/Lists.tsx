/** The shipped lists, each switched on or off. */
import { lists as shippedLists } from 'virtual:keerpunt-shipped-lists';
import { waitingFor } from '@/lib/settings/pending';
import { setList } from '@/utils/changes';
import type { Rules } from '@/utils/rules';
import { usePending } from '../use-pending';
import type { OptionStrings } from '../strings';

export function Lists({ t, rules }: { t: OptionStrings; rules: Rules }) {
  const pending = usePending();
  return (
    <section>
      <h2>{t.listsTitle}</h2>
      <p>{t.listsIntro}</p>
      <ul class="lists">
        {shippedLists.map((list) => (
          <li key={list.id}>
            <label>
              <input
                type="checkbox"
                data-testid={`list-${list.id}`}
                // What the person asked for: a list waiting to go off shows off, marked waiting;
                // ticking it again cancels the wait.
                checked={
                  !rules.guard.off.includes(list.id) && !waitingFor(pending, 'list-off', list.id)
                }
                onChange={(e) => void setList(list.id, e.currentTarget.checked)}
              />
              {list.title}
              {waitingFor(pending, 'list-off', list.id) && (
                <em class="pending" data-testid={`list-pending-${list.id}`}>
                  {' '}
                  — {t.pendingMark}
                </em>
              )}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
