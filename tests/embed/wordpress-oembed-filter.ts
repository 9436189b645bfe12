// What WordPress 6.1's wp_filter_oembed_result (wp-includes/embed.php) does to the oEmbed `html` of
// a provider it does not know, step by step, so that the tests put around wp-embed.js what a post
// holds: allowed tags and attributes only, a secret in the iframe's address, the iframe sandboxed and
// hidden behind the blockquote until it reports its height.

type AllowedHtml = Readonly<Record<string, readonly string[]>>;

const allowedHtml: AllowedHtml = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};

/** wp_kses with an allow-list: a tag not on it is removed (its text stays), and so is an attribute. */
function kses(html: string, allowed: AllowedHtml): string {
  return html.replace(
    /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g,
    (_tag, closing: string, tagName: string, rest: string) => {
      const name = tagName.toLowerCase();
      const attributes = allowed[name];
      if (!attributes) return '';
      if (closing) return `</${name}>`;
      const kept = [...rest.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)]
        .filter(([, attribute]) => attributes.includes((attribute ?? '').toLowerCase()))
        .map(([, attribute, value]) => ` ${(attribute ?? '').toLowerCase()}="${value}"`);
      return `<${name}${kept.join('')}>`;
    },
  );
}

/** The HTML WordPress keeps of an oEmbed `html`, with `secret` as wp_generate_password gave it; false if it keeps nothing. */
export function wordpressFilteredEmbed(html: string, secret: string): string | false {
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(kses(html, allowedHtml));
  if (!content?.[2]) return false;
  const [, blockquote = '', iframe] = content;
  let filtered = blockquote + iframe;
  const src = / src=(['"])(.*?)\1/.exec(filtered);
  if (src) {
    const [whole, quote, url] = src;
    filtered = filtered
      .replace(whole, ` src=${quote}${url}#?secret=${secret}${quote} data-secret=${quote}${secret}${quote}`)
      .replaceAll('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  filtered = kses(filtered, {
    ...allowedHtml,
    blockquote: ['data-secret'],
    iframe: [...(allowedHtml.iframe ?? []), 'data-secret'],
  });
  if (blockquote) {
    filtered = filtered
      .replaceAll('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"')
      .replaceAll('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return filtered.replaceAll(
    '<iframe',
    '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"',
  );
}
