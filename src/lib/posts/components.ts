/**
 * What a post may contain beyond plain Markdown, declared once: the MDX
 * components (provided at render time, so posts never import anything) and the
 * few raw HTML elements allowed in either format.
 */

/** One allow-listed component and the attributes it takes. All values are plain text. */
export interface PostComponentSpec {
  /** Attribute name → allowed values, or undefined for free text. */
  props: Readonly<Record<string, readonly string[] | undefined>>;
  required: readonly string[];
  /** Whether Markdown content may go between its opening and closing tags. */
  children: boolean;
  /** A correct use, quoted in messages. */
  example: string;
}

/** Callout kinds, in the order they are offered to editors. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const CALLOUT_LABELS: Record<CalloutType, string> = {
  note: 'Ghi chú',
  tip: 'Gợi ý',
  warning: 'Lưu ý',
};

/** The components a `.mdx` post may use, by the name written in the post. */
export const POST_COMPONENTS = {
  Callout: {
    props: { type: CALLOUT_TYPES, title: undefined },
    required: [],
    children: true,
    example: '<Callout type="note" title="Lưu ý">Nội dung ghi chú</Callout>',
  },
  Figure: {
    props: { caption: undefined },
    required: ['caption'],
    children: true,
    example: '<Figure caption="Chú thích ảnh">\n\n![Mô tả ảnh](./anh.jpg)\n\n</Figure>',
  },
  IndicatorLink: {
    props: { id: undefined },
    required: ['id'],
    children: true,
    example: '<IndicatorLink id="1.4" />',
  },
} as const satisfies Record<string, PostComponentSpec>;

export type PostComponentName = keyof typeof POST_COMPONENTS;
export const POST_COMPONENT_NAMES = Object.keys(POST_COMPONENTS) as PostComponentName[];

/**
 * Raw HTML elements a post may use (lower-case), with their allowed attributes.
 * Everything else is written in Markdown.
 */
export const POST_HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sup: [],
  sub: [],
  abbr: ['title'],
  mark: [],
  kbd: [],
  small: [],
  u: [],
  s: [],
  details: ['open'],
  summary: [],
};

/**
 * Elements refused with their own message: they run code, embed other sites,
 * restyle the portal, redirect or resubmit the reader (<meta http-equiv="refresh">,
 * <base>, <form>), or make the browser read what follows differently (<svg>,
 * <math>, <template>, <noscript>). Every other element not in POST_HTML_ELEMENTS
 * is refused too, with the general message.
 */
export const POST_FORBIDDEN_ELEMENTS: readonly string[] = [
  'script', 'iframe', 'frame', 'frameset', 'style', 'link', 'object', 'embed', 'applet', 'meta', 'base', 'form', 'svg', 'math', 'template', 'noscript',
];

/**
 * Whether a name is an allow-listed component.
 * @example
 * isPostComponent('Callout'); // true
 * isPostComponent('Script'); // false
 */
export function isPostComponent(name: string): name is PostComponentName {
  return Object.hasOwn(POST_COMPONENTS, name);
}
