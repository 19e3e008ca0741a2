// Test data: markdown a hostile (or careless) contributor could submit. Every entry must render to HTML with no
// script, no event handler, no dangerous URL and only allow-listed elements (see hostile.test.ts).

export interface HostileInput {
  name: string;
  markdown: string;
}

const longRepeat = (unit: string, bytes = 100_000) => unit.repeat(Math.ceil(bytes / unit.length));

export const HOSTILE_CORPUS: HostileInput[] = [
  // Raw HTML: contributors never write HTML, so all of it must come out as text.
  { name: 'script tag', markdown: '<script>alert(1)</script>' },
  { name: 'script tag in upper case', markdown: '<SCRIPT>alert(1)</SCRIPT>' },
  { name: 'script tag in mixed case', markdown: '<ScRiPt>alert(1)</sCrIpT>' },
  { name: 'script tag with a source', markdown: '<script src="https://evil.example/x.js"></script>' },
  { name: 'script tag inside a paragraph', markdown: 'Bonjour <script>alert(1)</script> à tous' },
  { name: 'script tag split over lines', markdown: '<scr\nipt>alert(1)</script>' },
  { name: 'script tag with a space before the name', markdown: '< script>alert(1)</script>' },
  { name: 'script tag with a slash attribute', markdown: '<script/xss src="data:,alert(1)"></script>' },
  { name: 'unclosed script tag', markdown: '<script>alert(1)' },
  { name: 'script tag inside a list', markdown: '- un\n- <script>alert(1)</script>\n- trois' },
  { name: 'script tag inside a table', markdown: '| a |\n|---|\n| <script>alert(1)</script> |' },
  { name: 'image with onerror', markdown: '<img src=x onerror=alert(1)>' },
  { name: 'image with onerror in quotes', markdown: '<img src="x" onerror="alert(document.cookie)">' },
  { name: 'image with a javascript source', markdown: '<img src="javascript:alert(1)">' },
  { name: 'svg with onload', markdown: '<svg onload=alert(1)>' },
  { name: 'svg with a script inside', markdown: '<svg><script>alert(1)</script></svg>' },
  {
    name: 'svg animate setting a javascript href',
    markdown:
      '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>X</text></a></svg>',
  },
  { name: 'iframe', markdown: '<iframe src="https://evil.example"></iframe>' },
  { name: 'iframe with srcdoc', markdown: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'object', markdown: '<object data="data:text/html,<script>alert(1)</script>"></object>' },
  { name: 'embed', markdown: '<embed src="javascript:alert(1)">' },
  { name: 'link with onclick', markdown: '<a href="https://example.org" onclick="alert(1)">clic</a>' },
  { name: 'link with a javascript href', markdown: '<a href="javascript:alert(1)">clic</a>' },
  { name: 'style element', markdown: '<style>body { background: url(javascript:alert(1)) }</style>' },
  { name: 'style attribute', markdown: '<p style="background:url(javascript:alert(1))">x</p>' },
  { name: 'link element', markdown: '<link rel="stylesheet" href="https://evil.example/x.css">' },
  { name: 'meta refresh', markdown: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  {
    name: 'form with a javascript action',
    markdown: '<form action="javascript:alert(1)"><button>OK</button></form>',
  },
  { name: 'input with autofocus and onfocus', markdown: '<input autofocus onfocus=alert(1)>' },
  { name: 'base href', markdown: '<base href="https://evil.example/">\n\n[lien](https://example.org)' },
  { name: 'body onload', markdown: '<body onload=alert(1)>' },
  { name: 'details ontoggle', markdown: '<details open ontoggle=alert(1)>' },
  { name: 'video with onerror', markdown: '<video><source onerror="alert(1)"></video>' },
  { name: 'HTML comment hiding a script', markdown: '<!-- <script>alert(1)</script> -->' },
  { name: 'HTML comment breaking out', markdown: '<!--><script>alert(1)</script>-->' },
  { name: 'CDATA section', markdown: '<![CDATA[<script>alert(1)</script>]]>' },
  { name: 'math element', markdown: '<math><mi xlink:href="javascript:alert(1)">x</mi></math>' },
  {
    name: 'mXSS through math, table and style',
    markdown:
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  },
  {
    name: 'mXSS through noscript',
    markdown: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  },
  { name: 'noscript', markdown: '<noscript><script>alert(1)</script></noscript>' },
  { name: 'template', markdown: '<template><script>alert(1)</script></template>' },
  {
    name: 'nested quotes breaking an attribute',
    markdown: '<a href="https://example.org/"" onmouseover="alert(1)">x</a>',
  },
  {
    name: 'raw callout div with an event handler',
    markdown: '<div class="callout callout--info" onmouseover="alert(1)">texte</div>',
  },
  {
    name: 'raw div with a forged role',
    markdown:
      '<div class="callout callout--important" role="alert" data-callout="x" style="position:fixed">x</div>',
  },

  // Markdown links and images.
  { name: 'javascript link', markdown: '[clic](javascript:alert(1))' },
  { name: 'javascript link in mixed case', markdown: '[clic](JaVaScRiPt:alert(1))' },
  { name: 'javascript link with an entity-encoded colon', markdown: '[clic](javascript&#58;alert(1))' },
  { name: 'javascript link with a hex entity colon', markdown: '[clic](javascript&#x3A;alert(1))' },
  {
    name: 'javascript link with a colon entity without semicolon',
    markdown: '[clic](javascript&#58alert(1))',
  },
  { name: 'javascript link with a zero-padded entity', markdown: '[clic](javascript&#0000058;alert(1))' },
  { name: 'javascript link with a named colon entity', markdown: '[clic](javascript&colon;alert(1))' },
  {
    name: 'javascript link with entity-encoded letters',
    markdown: '[clic](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  },
  { name: 'javascript link with a tab in the scheme', markdown: '[clic](java\tscript:alert(1))' },
  { name: 'javascript link with an encoded tab in the scheme', markdown: '[clic](java&#9;script:alert(1))' },
  {
    name: 'javascript link with an encoded newline in the scheme',
    markdown: '[clic](java&#10;script:alert(1))',
  },
  { name: 'javascript link with a named tab entity', markdown: '[clic](java&Tab;script:alert(1))' },
  { name: 'javascript link with a leading control character', markdown: '[clic](\u0001javascript:alert(1))' },
  {
    name: 'javascript link with leading spaces inside angle brackets',
    markdown: '[clic](<  javascript:alert(1)>)',
  },
  { name: 'javascript link with a zero-width space', markdown: '[clic](java\u200bscript:alert(1))' },
  { name: 'javascript link with a title', markdown: '[clic](javascript:alert(1) "titre")' },
  { name: 'javascript link in angle brackets with spaces', markdown: '[clic](<javascript:alert(1) x>)' },
  { name: 'vbscript link', markdown: '[clic](vbscript:msgbox(1))' },
  {
    name: 'data link to HTML',
    markdown: '[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  },
  { name: 'data link in upper case', markdown: '[clic](DATA:text/html,<script>alert(1)</script>)' },
  { name: 'file link', markdown: '[clic](file:///etc/passwd)' },
  { name: 'protocol-relative link', markdown: '[clic](//evil.example)' },
  {
    name: 'link title breaking out of its attribute',
    markdown: '[clic](https://example.org "a\\" onmouseover=\\"alert(1)")',
  },
  { name: 'link target with a quote', markdown: '[clic](https://example.org/"onmouseover="alert(1))' },
  {
    name: 'link target with angle brackets',
    markdown: '[clic](<https://example.org/"><script>alert(1)</script>>)',
  },
  { name: 'markdown image with a javascript source', markdown: '![x](javascript:alert(1))' },
  {
    name: 'markdown image with an onerror in the alt text',
    markdown: '![x" onerror="alert(1)](https://example.org/x.png)',
  },
  {
    name: 'markdown image inside a link',
    markdown: '[![x](https://example.org/x.png)](javascript:alert(1))',
  },
  { name: 'autolink to javascript', markdown: '<javascript:alert(1)>' },
  { name: 'autolink to vbscript', markdown: '<vbscript:msgbox(1)>' },
  { name: 'autolink to data', markdown: '<data:text/html,<script>alert(1)</script>>' },
  { name: 'reference link to javascript', markdown: '[clic][x]\n\n[x]: javascript:alert(1)' },
  {
    name: 'reference link to an entity-encoded javascript',
    markdown: '[clic][x]\n\n[x]: javascript&#58;alert(1) "t"',
  },
  { name: 'collapsed reference link to data', markdown: '[x][]\n\n[x]: data:text/html,alert(1)' },
  { name: 'javascript text that is not a link', markdown: 'javascript:alert(1)' },
  {
    name: 'RTL override in the link text',
    markdown: '[\u202egnp.exe](javascript:alert(1)) and [\u202etxet](https://example.org)',
  },
  { name: 'RTL override in the link target', markdown: '[x](https://example.org/\u202eexe.gnp)' },
  { name: 'link with HTML in its text', markdown: '[<img src=x onerror=alert(1)>](https://example.org)' },
  { name: 'emphasis around HTML', markdown: '**<script>alert(1)</script>** _<img src=x onerror=alert(1)>_' },
  { name: 'code span with HTML', markdown: '`<script>alert(1)</script>`' },
  { name: 'code block with HTML', markdown: '```html\n<script>alert(1)</script>\n```' },
  { name: 'code block language injecting an attribute', markdown: '```"><script>alert(1)</script>\nx\n```' },
  { name: 'indented code with HTML', markdown: '    <iframe src="javascript:alert(1)"></iframe>' },
  { name: 'table cell alignment trick', markdown: '| a |\n|:-:|\n| [x](javascript:alert(1)) |' },

  // Callouts.
  {
    name: 'info callout containing a script',
    markdown: '> [!INFO]\n> <script>alert(1)</script>\n> [x](javascript:alert(1))',
  },
  {
    name: 'important callout containing an iframe',
    markdown: '> [!IMPORTANT]\n> <iframe src=javascript:alert(1)></iframe>',
  },
  { name: 'callout marker with HTML after it', markdown: '> [!INFO] <img src=x onerror=alert(1)>' },
  {
    name: 'unknown callout marker with an attribute-looking name',
    markdown: '> [!INFO" onmouseover="alert(1)]\n> x',
  },
  { name: 'nested callouts', markdown: '> [!INFO]\n> > [!IMPORTANT]\n> > <script>alert(1)</script>' },

  // Size and nesting.
  { name: 'extremely long script-tag input (100 KB)', markdown: longRepeat('<script>alert(1)</script>') },
  {
    name: 'extremely long javascript-link input (100 KB)',
    markdown: longRepeat('[x](javascript:alert(1)) '),
  },
  {
    name: 'extremely long mixed input (100 KB)',
    markdown: longRepeat('> [!INFO]\n> **a** [b](https://e.org) <img src=x onerror=alert(1)>\n\n- c\n'),
  },
  { name: 'extremely long single line (100 KB)', markdown: longRepeat('a') },
  { name: 'deep quote nesting (1000 >)', markdown: '>'.repeat(1000) + ' <script>alert(1)</script>' },
  {
    name: 'deep quote nesting with spaces (5000 > )',
    markdown: '> '.repeat(5000) + '[x](javascript:alert(1))',
  },
  { name: 'deep list nesting (3000 -)', markdown: '- '.repeat(3000) + '<img src=x onerror=alert(1)>' },
  { name: 'deep list and quote nesting', markdown: '- > '.repeat(2000) + '<script>alert(1)</script>' },
  { name: 'many unclosed brackets', markdown: '['.repeat(10_000) + '(javascript:alert(1))' },
  { name: 'null bytes', markdown: '<scr\u0000ipt>alert(1)</script> [x](java\u0000script:alert(1))' },
  { name: 'carriage returns', markdown: '<script>\r\nalert(1)\r\n</script>\r\n[x](javascript:alert(1))' },
];
