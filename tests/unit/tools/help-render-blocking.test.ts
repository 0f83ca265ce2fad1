import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext } from 'vite';
import { helpRenderBlockingPlugin } from '../../../tools/build/help-render-blocking';

const handler = (() => {
  const hook = helpRenderBlockingPlugin().transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => string;
  };
  return (html: string, path: string) =>
    hook.handler(html, { path, filename: path } as IndexHtmlTransformContext);
})();

const PAGE = `<head><script type="module" crossorigin src="/chunks/x.js"></script></head>`;

describe('the help page script is render-blocking', () => {
  it('marks the help page’s module script', () => {
    expect(handler(PAGE, '/entrypoints/intercept/index.html')).toBe(
      `<head><script type="module" blocking="render" crossorigin src="/chunks/x.js"></script></head>`,
    );
  });

  it('leaves every other page as it is', () => {
    expect(handler(PAGE, '/entrypoints/options/index.html')).toBe(PAGE);
  });

  it('fails the build when the tag it expects is not there (a changed Vite)', () => {
    expect(() => handler('<head></head>', '/entrypoints/intercept/index.html')).toThrow(
      /no module script tag/,
    );
  });
});
