import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { reportingWrites } from '../../src/integrations/written-pages.ts';

/** A renderer like Astro's, logging what it is asked, for a loop that writes each page after its render. */
function renderer(log: string[]): AstroPrerenderer {
  return {
    name: 'astro:default',
    setup: async () => void log.push('setup'),
    getStaticPaths: async () => [],
    render: async (request) => {
      log.push(`render ${new URL(request.url).pathname}`);
      return new Response('<html></html>');
    },
    teardown: async () => void log.push('teardown'),
  };
}

describe('reportingWrites', () => {
  it('tells each page once Astro has written it: when the next page is asked for, and the last before teardown', async () => {
    const log: string[] = [];
    const wrapped = reportingWrites(renderer(log), (path) => log.push(`written ${path}`));
    await wrapped.setup?.();
    for (const path of ['/a/', '/b/', '/rss.xml']) {
      const response = await wrapped.render(new Request(`https://x.example.org${path}`), { routeData: {} as never });
      log.push(`write ${path}`); // what Astro does with the response before the next render
      expect(await (response as Response).text()).toBe('<html></html>');
    }
    await wrapped.teardown?.();
    expect(log).toEqual([
      'setup',
      'render /a/',
      'write /a/',
      'written /a/',
      'render /b/',
      'write /b/',
      'written /b/',
      'render /rss.xml',
      'write /rss.xml',
      'written /rss.xml',
      'teardown',
    ]);
  });

  it('tells nothing of a page whose render failed', async () => {
    const told: string[] = [];
    const failing: AstroPrerenderer = {
      ...renderer([]),
      render: async () => {
        throw new Error('broken page');
      },
    };
    const wrapped = reportingWrites(failing, (path) => told.push(path));
    await expect(wrapped.render(new Request('https://x.example.org/a/'), { routeData: {} as never })).rejects.toThrow(
      'broken page',
    );
    await wrapped.teardown?.();
    expect(told).toEqual([]);
  });
});
