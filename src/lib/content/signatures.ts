import { closeSync, openSync, readSync } from 'node:fs';
import type { ContentIssue } from './issues.ts';
import type { ContentFile } from './read.ts';

/** How each kind of file the site publishes begins (its "magic number"), by file extension. */
const SIGNATURES: Record<string, { kind: string; matches: (head: Uint8Array) => boolean }> = {};
const starts =
  (...bytes: number[]) =>
  (head: Uint8Array) =>
    bytes.every((byte, i) => head[i] === byte);
const text = (at: number, value: string) => (head: Uint8Array) =>
  [...value].every((char, i) => head[at + i] === char.charCodeAt(0));
const register = (extensions: string[], kind: string, matches: (head: Uint8Array) => boolean) => {
  for (const extension of extensions) SIGNATURES[extension] = { kind, matches };
};
register(['png'], 'PNG picture', starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a));
register(['jpg', 'jpeg'], 'JPEG picture', starts(0xff, 0xd8, 0xff));
register(['gif'], 'GIF picture', text(0, 'GIF8'));
register(['webp'], 'WebP picture', (head) => text(0, 'RIFF')(head) && text(8, 'WEBP')(head));
register(['avif'], 'AVIF picture', (head) => text(4, 'ftypavi')(head) || text(4, 'ftypmif1')(head));
register(['pdf'], 'PDF document', text(0, '%PDF-'));
register(['docx', 'xlsx', 'odt'], 'office document (a ZIP package)', starts(0x50, 0x4b, 0x03, 0x04));
register(['doc', 'xls'], 'older office document', starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1));

function head(path: string): Uint8Array {
  const bytes = new Uint8Array(16);
  const fd = openSync(path, 'r');
  try {
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Files whose content is not what their extension says. Astro's image service and browsers go by
 * the content: an SVG document saved as `peta.png` would be published as an SVG, and its script
 * would run on the site's address. So a file must begin as its kind does.
 */
export function signatureIssues(files: readonly ContentFile[]): ContentIssue[] {
  return files.flatMap((item): ContentIssue[] => {
    const extension = /\.([^./]+)$/.exec(item.file)?.[1]?.toLowerCase() ?? '';
    const signature = SIGNATURES[extension];
    if (!signature || signature.matches(head(item.absolute))) return [];
    return [
      {
        file: item.file,
        path: '',
        severity: 'error',
        message: `is named .${extension} but is not a ${signature.kind}: open it and save (export) it again as .${extension}, or give it the extension of what it is`,
      },
    ];
  });
}
