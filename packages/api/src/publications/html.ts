import sanitizeHtml from 'sanitize-html';

const TEXT_ALIGN = { 'text-align': [/^(left|right|center|justify)$/] };

/** Images only from our own file route or over https (no data: URIs, no plain http). */
const IMAGE_SRC = /^(\/files\/\d+(\?[\w=&]*)?|https:\/\/\S+)$/;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'em',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'table',
    'caption',
    'colgroup',
    'col',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'a',
    'img',
    'br',
    'hr',
    'blockquote',
    'span',
    'div',
  ],
  allowedAttributes: {
    a: ['href'],
    img: ['src', 'alt'],
    td: ['colspan', 'rowspan', 'style'],
    th: ['colspan', 'rowspan', 'style'],
    p: ['style'],
    div: ['style'],
    span: ['style'],
    h1: ['style'],
    h2: ['style'],
    h3: ['style'],
    h4: ['style'],
    h5: ['style'],
    h6: ['style'],
  },
  // Only alignment survives in style attributes; everything else is dropped.
  allowedStyles: { '*': TEXT_ALIGN },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  // <script>/<style> disappear with their content; other unknown tags keep their text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head'],
  exclusiveFilter: (frame) => frame.tag === 'img' && !IMAGE_SRC.test(frame.attribs.src ?? ''),
};

/** Body HTML from editors and imports, reduced to the tags and attributes the portal renders. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/**
 * Replaces `value` by `replacement` in the text of an HTML fragment only, never inside a tag
 * (attribute values such as an href stay as they are).
 */
export function replaceInHtmlText(html: string, value: string, replacement: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.split(value).join(replacement)))
    .join('');
}
