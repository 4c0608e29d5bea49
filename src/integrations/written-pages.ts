import type { AstroPrerenderer } from 'astro';

/**
 * Astro's page renderer, telling `written` the URL path of each page once Astro has written it:
 * Astro writes a page's file after its render returns and before it asks for the next page, and
 * the last one before the renderer's teardown. With `build.concurrency` above 1, some pages would
 * be told before they are written and others not at all: whoever listens must take what it is
 * told as a head start only, never as the list of pages.
 */
export function reportingWrites(renderer: AstroPrerenderer, written: (urlPath: string) => void): AstroPrerenderer {
  let last: string | undefined;
  const flush = () => {
    if (last !== undefined) written(last);
    last = undefined;
  };
  return {
    ...renderer,
    render: async (request, options) => {
      flush();
      const rendered = await renderer.render(request, options);
      last = new URL(request.url).pathname;
      return rendered;
    },
    teardown: async () => {
      flush();
      await renderer.teardown?.();
    },
  };
}
