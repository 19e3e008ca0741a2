export { CALLOUT_KINDS, type CalloutKind } from './callout.js';
export { labelCallouts, type CalloutLabels } from './labels.js';
export { ALLOWED_TAGS, renderMarkdown } from './render.js';
export { countWords, markdownToText } from './text.js';
export { ALLOWED_LINK_SCHEMES } from './url.js';
