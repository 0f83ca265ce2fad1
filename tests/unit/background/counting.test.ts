import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKey } from '../../../lib/counters/daily';
import { countFromMessage } from '../../../entrypoints/background/counting';
import { readCounts } from '../../../utils/counters';
import { installWebLocks } from '../helpers/web-locks';

beforeAll(installWebLocks);
beforeEach(() => fakeBrowser.reset());

describe('countFromMessage', () => {
  it.each(['shown', 'help', 'selfhelp', 'safe'])('counts a %s message', async (event) => {
    const handled = countFromMessage({ type: 'keerpunt:count', event });
    expect(handled).toBeInstanceOf(Promise);
    await handled;
    expect((await readCounts()).days[dayKey(new Date())]).toEqual({ [event]: 1 });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'keerpunt:count'],
    ['a number', 1],
    ['an array', ['keerpunt:count', 'shown']],
    ['no type', { event: 'shown' }],
    ['another type', { type: 'keerpunt:other', event: 'shown' }],
    ['a type in another case', { type: 'Keerpunt:Count', event: 'shown' }],
    ['no event', { type: 'keerpunt:count' }],
    ['an unknown event', { type: 'keerpunt:count', event: 'zebra' }],
    ['an event in another case', { type: 'keerpunt:count', event: 'SHOWN' }],
    ['an event that is a number', { type: 'keerpunt:count', event: 0 }],
    ['an event that is an array', { type: 'keerpunt:count', event: ['shown'] }],
    ['an inherited event name', { type: 'keerpunt:count', event: 'toString' }],
  ])('ignores %s and counts nothing', async (_name, message) => {
    expect(countFromMessage(message)).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('counts through the runtime message listener', async () => {
    fakeBrowser.runtime.onMessage.addListener(countFromMessage);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'keerpunt:count', event: 'safe' }, {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'keerpunt:count', event: 'zebra' }, {});
    expect((await readCounts()).days[dayKey(new Date())]).toEqual({ safe: 1 });
  });
});
