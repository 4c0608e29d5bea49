// The files of the internal site (split deploy) that the build writes itself: fixed text that
// holds nothing from content, so nothing a content editor writes can reach them.
import { policyFor } from './headers.ts';
import { INTERNAL_ROOT } from './internal/paths.ts';

/** The internal site's robots.txt: nothing there is for search engines. */
export const INTERNAL_ROBOTS = 'User-agent: *\nDisallow: /\n';

/** The internal site's root page: sends the reader on to the unlock page, with a link for those who block refresh. */
export const INTERNAL_ROOT_PAGE = `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policyFor('/', 'meta')}" />
    <meta name="robots" content="noindex, nofollow" />
    <meta http-equiv="refresh" content="0; url=${INTERNAL_ROOT}" />
    <title>Bagian internal</title>
  </head>
  <body>
    <p><a href="${INTERNAL_ROOT}">Buka bagian internal</a></p>
  </body>
</html>
`;

/** Top-level files the public build has that the internal site serves as they are. */
export const SHARED_FILES = ['404.html', 'favicon.svg'] as const;
