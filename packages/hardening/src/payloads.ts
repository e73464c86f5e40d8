// The hostile-text corpus: every string tries to set `window.__pwned` (to its own id) if it ever runs,
// or to break the layout, the text direction or the data model. Fed through every text field of every element.

/** What a payload attacks, for the report. */
export type PayloadCategory =
  | 'script'
  | 'event-handler'
  | 'javascript-url'
  | 'svg'
  | 'mathml'
  | 'embedded-document'
  | 'broken-markup'
  | 'breakout'
  | 'template'
  | 'css'
  | 'bidi'
  | 'invisible'
  | 'long'
  | 'i18n'
  | 'prototype-pollution'
  | 'plain-text';

export interface Payload {
  /** Short, unique, safe as part of an id (`[a-z0-9-]`). */
  readonly id: string;
  readonly category: PayloadCategory;
  /** The text put into every text field. */
  readonly text: string;
  /**
   * For the prototype-pollution probes: the data also gets own `__proto__` / `constructor` keys
   * (as JSON.parse makes them) in every object, trying to reach `Object.prototype.__pwned`.
   */
  readonly pollute?: '__proto__' | 'constructor';
}

/** Code that marks the page as compromised, naming the payload that got through. */
const pwn = (id: string): string => `window.__pwned='${id}'`;

const ZALGO_MARKS = '\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a\u030b\u030c\u030d\u030e\u030f';

const corpus: Array<[id: string, category: PayloadCategory, text: (id: string) => string]> = [
  // Script elements.
  ['script-tag', 'script', (id) => `<script>${pwn(id)}</script>`],
  ['script-upper', 'script', (id) => `<SCRIPT>${pwn(id)}</SCRIPT>`],
  ['script-src-data', 'script', (id) => `<script src="data:text/javascript,${pwn(id)}"></script>`],
  ['script-split', 'script', (id) => `<scr<script>ipt>${pwn(id)}</scr</script>ipt>`],
  ['script-nul', 'script', (id) => `<scr\u0000ipt>${pwn(id)}</script>`],
  ['script-in-attr', 'script', (id) => `<div title="<script>${pwn(id)}</script>">x</div>`],
  // Event handlers.
  ['img-onerror', 'event-handler', (id) => `<img src=x onerror="${pwn(id)}">`],
  ['img-onerror-bare', 'event-handler', (id) => `<img src=x onerror=${pwn(id)}//`],
  ['body-onload', 'event-handler', (id) => `<body onload="${pwn(id)}">`],
  ['input-autofocus', 'event-handler', (id) => `<input autofocus onfocus="${pwn(id)}">`],
  ['details-ontoggle', 'event-handler', (id) => `<details open ontoggle="${pwn(id)}"><summary>x</summary></details>`],
  ['video-source-onerror', 'event-handler', (id) => `<video><source onerror="${pwn(id)}"></video>`],
  ['audio-onerror', 'event-handler', (id) => `<audio src=x onerror="${pwn(id)}">`],
  [
    'div-onmouseover',
    'event-handler',
    (id) => `<div onmouseover="${pwn(id)}" style="position:fixed;inset:0">hover</div>`,
  ],
  ['attr-breakout-double', 'event-handler', (id) => `" onmouseover="${pwn(id)}" autofocus onfocus="${pwn(id)}" x="`],
  ['attr-breakout-single', 'event-handler', (id) => `' onmouseover='${pwn(id)}' x='`],
  ['attr-breakout-unquoted', 'event-handler', (id) => `x onerror=${pwn(id)} src=y`],
  // javascript: and data: URLs.
  ['javascript-url', 'javascript-url', (id) => `javascript:${pwn(id)}`],
  ['javascript-url-tab', 'javascript-url', (id) => `jav\tascript:${pwn(id)}`],
  ['javascript-url-entity', 'javascript-url', (id) => `jav&#x09;ascript:${pwn(id)}`],
  ['a-href-javascript', 'javascript-url', (id) => `<a href="javascript:${pwn(id)}">open</a>`],
  [
    'form-action-javascript',
    'javascript-url',
    (id) => `<form action="javascript:${pwn(id)}"><button>go</button></form>`,
  ],
  ['base-href-javascript', 'javascript-url', (id) => `<base href="javascript:${pwn(id)}//">`],
  ['meta-refresh', 'javascript-url', (id) => `<meta http-equiv="refresh" content="0;url=javascript:${pwn(id)}">`],
  // SVG.
  ['svg-onload', 'svg', (id) => `<svg onload="${pwn(id)}"></svg>`],
  ['svg-script', 'svg', (id) => `<svg><script>${pwn(id)}</script></svg>`],
  ['svg-animate-onbegin', 'svg', (id) => `<svg><animate onbegin="${pwn(id)}" attributeName="x" dur="1s"/></svg>`],
  ['svg-set-handler', 'svg', (id) => `<svg><set attributeName="onmouseover" to="${pwn(id)}"/></svg>`],
  ['svg-a-xlink', 'svg', (id) => `<svg><a xlink:href="javascript:${pwn(id)}"><text x="20" y="20">XSS</text></a></svg>`],
  [
    'svg-foreignobject',
    'svg',
    (id) =>
      `<svg><foreignObject><iframe srcdoc="<script>parent.__pwned='${id}'</script>"></iframe></foreignObject></svg>`,
  ],
  // MathML.
  ['mathml-href', 'mathml', (id) => `<math href="javascript:${pwn(id)}"><mi>x</mi></math>`],
  ['mathml-mglyph-style', 'mathml', (id) => `<math><mtext><table><mglyph><style><img src=x onerror="${pwn(id)}">`],
  [
    'mathml-maction',
    'mathml',
    (id) => `<math><maction actiontype="statusline" xlink:href="javascript:${pwn(id)}">x</maction></math>`,
  ],
  // Documents inside documents.
  ['iframe-srcdoc', 'embedded-document', (id) => `<iframe srcdoc="<script>parent.__pwned='${id}'</script>"></iframe>`],
  ['iframe-javascript', 'embedded-document', (id) => `<iframe src="javascript:parent.__pwned='${id}'"></iframe>`],
  ['object-data', 'embedded-document', (id) => `<object data="javascript:${pwn(id)}"></object>`],
  ['embed-data', 'embedded-document', (id) => `<embed src="data:text/html,<script>parent.__pwned='${id}'</script>">`],
  ['template-tag', 'embedded-document', (id) => `<template><img src=x onerror="${pwn(id)}"></template>`],
  [
    'custom-element',
    'embedded-document',
    () => `<pk-kpi-gauge kpi="sales-volume"></pk-kpi-gauge><slot></slot><pk-provider></pk-provider>`,
  ],
  // Broken markup.
  ['unclosed-img', 'broken-markup', (id) => `<img src="x" onerror="${pwn(id)}"`],
  ['double-angle', 'broken-markup', (id) => `<<img src=x onerror="${pwn(id)}">>`],
  ['comment-breakout', 'broken-markup', (id) => `--><img src=x onerror="${pwn(id)}"><!--`],
  ['cdata', 'broken-markup', (id) => `<![CDATA[<img src=x onerror="${pwn(id)}">]]>`],
  ['noscript-title', 'broken-markup', (id) => `<noscript><p title="</noscript><img src=x onerror=${pwn(id)}>">`],
  ['entities', 'broken-markup', (id) => `&lt;script&gt;${pwn(id)}&lt;/script&gt; &amp; &#60;b&#62;`],
  // Breakouts from the contexts a careless template would put text in.
  ['style-breakout', 'breakout', (id) => `</style><img src=x onerror="${pwn(id)}">`],
  ['script-breakout', 'breakout', (id) => `</script><script>${pwn(id)}</script>`],
  ['title-breakout', 'breakout', (id) => `</title><img src=x onerror="${pwn(id)}">`],
  ['textarea-breakout', 'breakout', (id) => `</textarea><img src=x onerror="${pwn(id)}">`],
  ['svg-text-breakout', 'breakout', (id) => `</text></svg><img src=x onerror="${pwn(id)}">`],
  ['json-breakout', 'breakout', (id) => `","__proto__":{"__pwned":"${id}"},"x":"`],
  // Template syntaxes.
  ['template-literal', 'template', (id) => `\${${pwn(id)}}`],
  ['template-literal-backtick', 'template', (id) => `\`\${(${pwn(id)})}\``],
  ['angular-expression', 'template', (id) => `{{constructor.constructor("${pwn(id)}")()}}`],
  ['erb-expression', 'template', (id) => `<%= ${pwn(id)} %>`],
  ['lit-marker', 'template', () => `<!--?lit$123456789$--> lit$123456789$ <?lit$1$>`],
  // CSS.
  ['css-breakout', 'css', (id) => `red;}</style><style>*{background:url("javascript:${pwn(id)}")}</style>`],
  ['style-attr-overlay', 'css', () => `<div style="position:fixed;inset:0;background:red;z-index:99999">covered</div>`],
  ['link-stylesheet', 'css', () => `<link rel="stylesheet" href="data:text/css,*{display:none!important}">`],
  // Text direction.
  ['rtl-override', 'bidi', (id) => `\u202Egnp.exe\u202C <img src=x onerror="${pwn(id)}">`],
  ['rtl-override-unclosed', 'bidi', () => `Invoice \u202Efdp.exe`],
  ['bidi-isolates', 'bidi', () => `\u2067שלום\u2069 \u2066abc\u2069 \u2068؟\u2069 العربية`],
  // Invisible and combining characters.
  ['zero-width', 'invisible', () => `a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf`],
  ['zalgo', 'invisible', () => `Z${ZALGO_MARKS}${ZALGO_MARKS}a${ZALGO_MARKS}l${ZALGO_MARKS}g${ZALGO_MARKS}o`],
  ['control-characters', 'invisible', () => `line1\r\nline2\nline3\ttab\u0007bell\u001b[31mred`],
  // Length.
  ['long-unbroken-2000', 'long', () => 'W'.repeat(2000)],
  ['long-cjk-2000', 'long', () => '零售户网格化管理'.repeat(250)],
  ['long-url-1500', 'long', () => `https://example.com/${'a/'.repeat(740)}`],
  ['long-unbroken-10000', 'long', () => 'A'.repeat(10_000)],
  ['long-words-10000', 'long', () => 'word '.repeat(2000)],
  // Non-Latin scripts and emoji.
  ['emoji', 'i18n', () => '📈🔥👩‍👩‍👧‍👦🏳️‍🌈 KPI 🚀 🇨🇳🇺🇸'],
  ['cjk', 'i18n', () => '烟草专卖零售户“四个意识”专题学习——网格化管理（试行）'],
  ['mixed-scripts', 'i18n', () => 'Ünïcødé Ελληνικά Кириллица हिन्दी ไทย 한국어 日本語'],
  // Prototype pollution.
  ['proto-text', 'prototype-pollution', () => '__proto__'],
  ['constructor-text', 'prototype-pollution', () => 'constructor.prototype.__pwned'],
  // Plain text that looks dangerous elsewhere.
  ['sql-injection', 'plain-text', () => `'; DROP TABLE tasks; -- ' OR 1=1 --`],
  ['backslash-escapes', 'plain-text', () => '\\u003cscript\\u003e \\x3cimg\\x3e \\\\ %3Cscript%3E'],
];

/** The text payloads plus the two structural prototype-pollution probes. */
export const PAYLOADS: readonly Payload[] = [
  ...corpus.map(([id, category, text]): Payload => ({ id, category, text: text(id) })),
  {
    id: 'proto-key',
    category: 'prototype-pollution',
    text: 'Prototype pollution probe (__proto__ key)',
    pollute: '__proto__',
  },
  {
    id: 'constructor-key',
    category: 'prototype-pollution',
    text: 'Prototype pollution probe (constructor key)',
    pollute: 'constructor',
  },
];

/**
 * `value` with an own `__proto__` (or `constructor.prototype`) key added to every plain object,
 * exactly as JSON.parse would produce from hostile JSON: a careless merge would reach Object.prototype.
 */
export function withPollutionKeys(value: unknown, key: '__proto__' | 'constructor', id: string): unknown {
  const probe = key === '__proto__' ? `{"__pwned":"${id}"}` : `{"prototype":{"__pwned":"${id}"}}`;
  // Built as JSON text and parsed, so the key is an own data property (an assignment would set the prototype).
  const toJson = (item: unknown): string => {
    if (Array.isArray(item)) return `[${item.map(toJson).join(',')}]`;
    if (item === null || typeof item !== 'object') return JSON.stringify(item) ?? 'null';
    const members = Object.entries(item).map(([name, member]) => `${JSON.stringify(name)}:${toJson(member)}`);
    return `{${[`"${key}":${probe}`, ...members].join(',')}}`;
  };
  return JSON.parse(toJson(value)) as unknown;
}
