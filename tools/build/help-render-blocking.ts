/**
 * The help page's script is render-blocking (`blocking="render"`): its first frame is the help
 * itself, not its empty background. Until that frame the browser keeps the previous page's last
 * one on the screen — the cover with the help's first words (entrypoints/search/cover.ts) — so
 * the words never give way to an empty page in between (measured with a screencast: ~100 ms of
 * empty background before). Browsers without the attribute ignore it. Vite writes the page's
 * script tag itself, so the attribute is added after it has.
 */
import type { Plugin } from 'vite';

const TAG = '<script type="module" crossorigin';

export function helpRenderBlockingPlugin(page = 'intercept'): Plugin {
  return {
    name: 'keerpunt-help-render-blocking',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.path.includes(`/${page}/`) && !ctx.path.includes(`/${page}.html`)) return html;
        if (!html.includes(TAG))
          throw new Error(`${ctx.path}: no module script tag to make render-blocking`);
        return html.replace(TAG, '<script type="module" blocking="render" crossorigin');
      },
    },
  };
}
