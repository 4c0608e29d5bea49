/** An HTML tag or comment: "<b>", "</script>", "<img src=x onerror=…>", "<!-- … -->". */
const TAG = /<\/?[a-z][a-z\d-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/giu;

/** The first HTML tag in a text, or undefined when it has none. */
export function firstTag(text: string): string | undefined {
  return new RegExp(TAG.source, 'iu').exec(text)?.[0];
}

/**
 * A text without HTML: tags go with the script and style they enclose, the text of other
 * elements stays ("<b>Rapat</b> PORA" gives "Rapat PORA"). For a headline or summary, which the
 * page shows as plain text.
 */
export function stripTags(text: string): string {
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, ' ')
    .replace(TAG, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
}
