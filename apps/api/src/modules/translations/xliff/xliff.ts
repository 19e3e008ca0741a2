/**
 * XLIFF 2.0 (OASIS, core only) for professional translators: one `<file>` per fiche, one `<group>` per unit
 * (header or section item) holding two `<unit>`s, its title and its markdown text. The French hash each unit
 * was exported from travels in our own namespace, so an import can tell whether the French changed since.
 *
 *   <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:rp="urn:reperes:xliff:1" version="2.0"
 *          srcLang="fr" trgLang="ar">
 *     <file id="f64a…" original="reperes:fiche/demander-la-carte-vitale" rp:ficheId="64a…">
 *       <group id="g-how-1" name="how-1" rp:unit="how-1" rp:sourceHash="0123456789abcdef">
 *         <unit id="how-1.title" name="title"><segment state="initial"><source>…</source></segment></unit>
 *         <unit id="how-1.body" name="body">…</unit>
 */
import {
  attribute,
  elements,
  escapeXmlAttr,
  escapeXmlText,
  parseXml,
  XmlError,
  type XmlElement,
} from './xml.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const REPERES_NS = 'urn:reperes:xliff:1';

export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final';

export interface ExportUnit {
  unitId: string;
  sourceHash: string;
  /** Where the unit sits, for the translator's context ("how 2"). */
  label: string;
  source: { title: string; body: string };
  target?: { title: string; body: string; state: SegmentState };
}

export interface ExportFile {
  ficheId: string;
  slug: string;
  title: string;
  units: ExportUnit[];
}

function segment(source: string, target: string | undefined, state: SegmentState): string {
  const src = `<source xml:space="preserve">${escapeXmlText(source)}</source>`;
  if (target === undefined || state === 'initial') return `<segment state="initial">${src}</segment>`;
  return `<segment state="${state}">${src}<target xml:space="preserve">${escapeXmlText(target)}</target></segment>`;
}

/** Writes one XLIFF 2.0 document for one target language. */
export function writeXliff(lang: string, files: ExportFile[]): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" xmlns:rp="${REPERES_NS}" version="2.0" srcLang="fr" trgLang="${escapeXmlAttr(lang)}">`,
  ];
  for (const f of files) {
    out.push(
      `  <file id="f${f.ficheId}" original="reperes:fiche/${escapeXmlAttr(f.slug)}" rp:ficheId="${f.ficheId}">`,
      `    <notes><note category="title">${escapeXmlText(f.title)}</note></notes>`,
    );
    for (const u of f.units) {
      const state = u.target?.state ?? 'initial';
      out.push(
        `    <group id="g-${u.unitId}" name="${u.unitId}" rp:unit="${u.unitId}" rp:sourceHash="${u.sourceHash}">`,
        `      <notes><note category="location">${escapeXmlText(u.label)}</note></notes>`,
        `      <unit id="${u.unitId}.title" name="title">${segment(u.source.title, u.target?.title, state)}</unit>`,
        `      <unit id="${u.unitId}.body" name="body">${segment(u.source.body, u.target?.body, state)}</unit>`,
        '    </group>',
      );
    }
    out.push('  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}

export interface ImportedUnit {
  unitId: string;
  sourceHash: string | null;
  /** null when the file has no target for it (not translated). */
  title: string | null;
  body: string | null;
  line: number;
}

export interface ImportedFile {
  ficheId: string;
  units: ImportedUnit[];
}

export interface ImportedXliff {
  trgLang: string;
  files: ImportedFile[];
}

const fail = (message: string, line: number): never => {
  throw new XmlError(message, line);
};

/** Text content of a target, with the inline elements a CAT tool may add (`mrk`, `pc`: content; `cp`: a code point). */
function inlineText(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += c.text;
    else if (c.ns === XLIFF_NS && (c.local === 'mrk' || c.local === 'pc')) out += inlineText(c);
    else if (c.ns === XLIFF_NS && c.local === 'cp') {
      const hex = attribute(c, 'hex') ?? '';
      const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
      if (!(code >= 0 && code <= 0x10ffff)) fail('<cp> with a bad hex value', c.line);
      out += String.fromCodePoint(code);
    } else fail(`inline element <${c.name}> is not supported in a target: keep the markdown as text`, c.line);
  }
  return out;
}

/** A unit's translated text: its segments' targets joined (tools may split a text into several segments). */
function unitTarget(unit: XmlElement): string | null {
  let out = '';
  let translated = false;
  for (const part of elements(unit).filter((e) => e.ns === XLIFF_NS)) {
    if (part.local !== 'segment' && part.local !== 'ignorable') continue;
    const target = elements(part, 'target', XLIFF_NS)[0];
    const source = elements(part, 'source', XLIFF_NS)[0];
    if (part.local === 'segment') {
      if (!target) return null;
      translated = true;
      out += inlineText(target);
    } else {
      out += inlineText(target ?? source ?? part);
    }
  }
  return translated ? out : null;
}

const OBJECT_ID = /^[a-f0-9]{24}$/;

/** Reads an XLIFF 2.0 document (strict XML, see xml.ts). Throws XmlError on anything it cannot trust. */
export function readXliff(source: string, limits?: { maxChars: number }): ImportedXliff {
  const root = parseXml(source, limits);
  if (root.local !== 'xliff' || root.ns !== XLIFF_NS) {
    fail(`not an XLIFF 2.0 document (root <${root.name}> in namespace "${root.ns}")`, root.line);
  }
  const version = attribute(root, 'version');
  if (!version?.startsWith('2.')) fail(`XLIFF version ${version ?? '(none)'}: only 2.x is read`, root.line);
  const srcLang = attribute(root, 'srcLang') ?? '';
  if (srcLang.toLowerCase().split('-')[0] !== 'fr')
    fail(`source language "${srcLang}": it must be fr`, root.line);
  const trgLang = attribute(root, 'trgLang');
  if (!trgLang) fail('trgLang is missing', root.line);

  const files: ImportedFile[] = [];
  for (const file of elements(root, 'file', XLIFF_NS)) {
    const fromId = /^f([a-f0-9]{24})$/.exec(attribute(file, 'id') ?? '')?.[1];
    const ficheId = attribute(file, 'ficheId', REPERES_NS) ?? fromId;
    if (!ficheId || !OBJECT_ID.test(ficheId)) fail('a <file> does not name a Repères fiche', file.line);
    const units: ImportedUnit[] = [];
    for (const group of elements(file, 'group', XLIFF_NS)) {
      const unitId = attribute(group, 'unit', REPERES_NS) ?? attribute(group, 'name');
      if (!unitId) fail('a <group> does not name its unit', group.line);
      const sourceHash = attribute(group, 'sourceHash', REPERES_NS) ?? null;
      const texts: Record<'title' | 'body', string | null> = { title: null, body: null };
      const seen = new Set<string>();
      for (const unit of elements(group, 'unit', XLIFF_NS)) {
        const which = attribute(unit, 'name') ?? (attribute(unit, 'id') ?? '').split('.').pop();
        if (which !== 'title' && which !== 'body') fail(`unexpected <unit> "${which ?? ''}"`, unit.line);
        if (seen.has(which!)) fail(`${unitId} has two "${which}" units`, unit.line);
        seen.add(which!);
        texts[which as 'title' | 'body'] = unitTarget(unit);
      }
      units.push({ unitId: unitId!, sourceHash, title: texts.title, body: texts.body, line: group.line });
    }
    files.push({ ficheId: ficheId!, units });
  }
  return { trgLang: trgLang!, files };
}
