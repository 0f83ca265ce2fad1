/** The shipped lists, each switched on or off. */
import { lists as shippedLists } from 'virtual:keerpunt-shipped-lists';
import { setListOn, type Rules } from '@/utils/rules';
import type { OptionStrings } from '../strings';

export function Lists({ t, rules }: { t: OptionStrings; rules: Rules }) {
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
                checked={!rules.guard.off.includes(list.id)}
                onChange={(e) => void setListOn(list.id, e.currentTarget.checked)}
              />
              {list.title}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
