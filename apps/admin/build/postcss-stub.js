// sanitize-html imports postcss only to parse `style` attributes, which the shared pipeline never allows
// (parseStyleAttributes: false): this stub keeps ~16 KB gzip of postcss out of the back-office bundle.
export function parse() {
  throw new Error('postcss is not bundled in the back-office (style attributes are never parsed).');
}
export default { parse };
