import { Schema, type AttributeSpec } from 'prosemirror-model';

/** Link schemes an article may keep; anything else becomes plain text. */
export const SAFE_LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/** True if `href` parses as an absolute URL with an allowed scheme. */
export function isSafeLinkHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  try {
    return (SAFE_LINK_SCHEMES as readonly string[]).includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

const headingLevel: AttributeSpec = {
  default: 2,
  validate: (value: unknown) => {
    if (value !== 1 && value !== 2 && value !== 3 && value !== 4 && value !== 5 && value !== 6) {
      throw new RangeError(`heading level must be 1–6, got ${String(value)}`);
    }
  },
};

/**
 * The article schema: only what an article needs, so whatever a loader or an
 * imported JSON doc carries beyond it is dropped or rejected. Attributes are
 * validated, so crafted JSON cannot smuggle in a `javascript:` link.
 */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      content: 'inline*',
      group: 'block',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    heading: {
      attrs: { level: headingLevel },
      content: 'inline*',
      group: 'block',
      defining: true,
      parseDOM: [1, 2, 3, 4, 5, 6].map(level => ({ tag: `h${level}`, attrs: { level } })),
      toDOM: node => [`h${node.attrs.level as number}`, 0],
    },
    blockquote: {
      content: 'block+',
      group: 'block',
      parseDOM: [{ tag: 'blockquote' }],
      toDOM: () => ['blockquote', 0],
    },
    bullet_list: {
      content: 'list_item+',
      group: 'block',
      parseDOM: [{ tag: 'ul' }],
      toDOM: () => ['ul', 0],
    },
    ordered_list: {
      content: 'list_item+',
      group: 'block',
      parseDOM: [{ tag: 'ol' }],
      toDOM: () => ['ol', 0],
    },
    list_item: {
      content: 'paragraph block*',
      parseDOM: [{ tag: 'li' }],
      toDOM: () => ['li', 0],
    },
    code_block: {
      content: 'text*',
      marks: '',
      group: 'block',
      code: true,
      parseDOM: [{ tag: 'pre', preserveWhitespace: 'full' }],
      toDOM: () => ['pre', ['code', 0]],
    },
    figcaption: {
      content: 'inline*',
      group: 'block',
      parseDOM: [{ tag: 'figcaption' }],
      toDOM: () => ['p', { class: 'fm-caption' }, 0],
    },
    text: { group: 'inline' },
    hard_break: {
      inline: true,
      group: 'inline',
      selectable: false,
      leafText: () => '\n',
      parseDOM: [{ tag: 'br' }],
      toDOM: () => ['br'],
    },
  },
  marks: {
    link: {
      attrs: {
        href: {
          validate: (value: unknown) => {
            if (!isSafeLinkHref(value))
              throw new RangeError('link href must be http, https or mailto');
          },
        },
      },
      inclusive: false,
      parseDOM: [
        {
          tag: 'a[href]',
          getAttrs: dom => {
            const href = dom.getAttribute('href');
            return isSafeLinkHref(href) ? { href } : false;
          },
        },
      ],
      toDOM: mark => [
        'a',
        { href: mark.attrs.href as string, rel: 'noopener noreferrer nofollow', target: '_blank' },
        0,
      ],
    },
    em: {
      parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
      toDOM: () => ['em', 0],
    },
    strong: {
      parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
      toDOM: () => ['strong', 0],
    },
    code: {
      parseDOM: [{ tag: 'code' }],
      toDOM: () => ['code', 0],
    },
  },
});
