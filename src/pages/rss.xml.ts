import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { publicBulletin, site } from '../data/bulletin.ts';
import { paths } from '../lib/paths.ts';

/** Feed of public press releases, newest first. Only what publicBulletin() lets through. */
export const GET: APIRoute = async (context) => {
  const { releases } = await publicBulletin();
  return rss({
    title: site.name,
    description: site.description,
    site: context.site ?? site.url,
    trailingSlash: true,
    customData: '<language>id</language>',
    items: releases.slice(0, 50).map((release) => ({
      title: release.data.title,
      link: paths.release(release.id),
      pubDate: release.data.publishedAt,
      description: release.data.summary,
      categories: release.data.topics,
    })),
  });
};
