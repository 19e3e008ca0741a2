// Draws the app icons (a map pin, "repère") into apps/web/public/icons with node built-ins only.
// Run after changing the design: `node apps/web/scripts/generate-icons.mjs`; commit the PNGs it writes.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT_DIR = fileURLToPath(new URL('../public/icons/', import.meta.url));
const BACKGROUND = [0x1e, 0x3a, 0x8a]; // theme_color #1e3a8a, also in vite.config.ts
const FOREGROUND = [0xff, 0xff, 0xff];
const SUPERSAMPLING = 4; // 4×4 samples per pixel for smooth edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width × height × 4) as a PNG file. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A map pin in unit coordinates: a ring (head) over a point (tip). `scale` is the pin's height as a
 * share of the icon; the pin is centred in the icon.
 */
function pinShape(scale) {
  const height = scale;
  const radius = height * 0.36;
  const cx = 0.5;
  const cy = 0.5 - height / 2 + radius;
  const tipY = 0.5 + height / 2;
  const hole = radius * 0.42;
  // Tangent points from the tip to the head circle, so the point meets the head smoothly.
  const d = tipY - cy;
  const angle = Math.asin(radius / d);
  const tangentY = cy + radius * Math.sin(angle);
  const tangentHalfWidth = radius * Math.cos(angle);
  return (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    const dist = Math.hypot(dx, dy);
    if (dist <= hole) return false;
    if (dist <= radius) return true;
    if (y < tangentY || y > tipY) return false;
    const halfWidth = (tangentHalfWidth * (tipY - y)) / (tipY - tangentY);
    return Math.abs(dx) <= halfWidth;
  };
}

function roundedSquare(cornerRadius) {
  return (x, y) => {
    const qx = Math.max(Math.abs(x - 0.5) - (0.5 - cornerRadius), 0);
    const qy = Math.max(Math.abs(y - 0.5) - (0.5 - cornerRadius), 0);
    return Math.hypot(qx, qy) <= cornerRadius;
  };
}

const fullBleed = () => true;

function draw(size, { background, pin }) {
  const rgba = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLING; sx += 1) {
          const x = (px + (sx + 0.5) / SUPERSAMPLING) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLING) / size;
          if (!background(x, y)) continue;
          if (pin(x, y)) fg += 1;
          else bg += 1;
        }
      }
      const coverage = (bg + fg) / samples;
      const i = (py * size + px) * 4;
      if (coverage === 0) continue;
      for (let c = 0; c < 3; c += 1) {
        rgba[i + c] = Math.round((BACKGROUND[c] * bg + FOREGROUND[c] * fg) / (bg + fg));
      }
      rgba[i + 3] = Math.round(coverage * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const ICONS = [
  // "any" icons: rounded square, the pin fills most of it.
  { file: 'icon-192.png', size: 192, background: roundedSquare(0.22), pin: pinShape(0.62) },
  { file: 'icon-512.png', size: 512, background: roundedSquare(0.22), pin: pinShape(0.62) },
  // maskable: full bleed, the pin stays inside the 80 % safe-zone circle.
  { file: 'icon-maskable-512.png', size: 512, background: fullBleed, pin: pinShape(0.5) },
  // The browser tab's icon. A PNG, not favicon.svg: the page decodes an SVG icon as an SVG document of its
  // own, on the main thread, while the first view is still being drawn.
  { file: 'favicon-32.png', size: 32, background: roundedSquare(0.22), pin: pinShape(0.62) },
  // iOS rounds the corners itself and ignores transparency.
  { file: 'apple-touch-icon-180.png', size: 180, background: fullBleed, pin: pinShape(0.58) },
];

mkdirSync(OUT_DIR, { recursive: true });
for (const icon of ICONS) {
  const png = draw(icon.size, icon);
  writeFileSync(join(OUT_DIR, icon.file), png);
  console.log(`${icon.file}: ${png.length} bytes`);
}
