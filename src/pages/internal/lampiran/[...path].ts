// Serves each meeting's attachments inside the internal section (/internal/lampiran/<meeting>/<file>),
// copied from beside the meeting record at build time; the vault encrypts them at the level of the
// meeting page that links them.
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { internalArchive } from '../../../data/internal.ts';
import { TOP_LEVEL } from '../../../lib/levels.ts';

export const getStaticPaths = (async () => {
  const { attachments } = await internalArchive(TOP_LEVEL);
  return [...attachments.values()].flat().map((attachment) => ({
    params: { path: `${attachment.meetingId}/${attachment.name}` },
    props: { source: attachment.source },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: string }> = async ({ props }) => {
  // A missing file fails the build here, naming it; the content check reports it first.
  const bytes = await readFile(props.source);
  return new Response(bytes);
};
