import { compiled } from 'virtual:keerpunt-shipped-lists';
import { load } from '../lib/matching';
import { fromBase64 } from '../lib/util/base64';

// Minimal background: loads the compiled shipped lists so a broken build fails loudly at start.
// Catching searches (content scripts, help page) comes with issue [2/6].
export default defineBackground(() => {
  const set = load(fromBase64(compiled));
  console.info(`Keerpunt: ${set.lists.length} shipped lists loaded`);
});
