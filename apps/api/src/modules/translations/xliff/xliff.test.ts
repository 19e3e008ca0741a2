import { describe, expect, it } from 'vitest';
import { readXliff, writeXliff, type ExportFile } from './xliff.js';
import { parseXml, XmlError } from './xml.js';

const FICHE = '0123456789abcdef01234567';

const file = (units: ExportFile['units']): ExportFile => ({
  ficheId: FICHE,
  slug: 'carte-vitale',
  title: 'Demander la carte Vitale',
  units,
});

const unit = (unitId: string, title: string, body: string, target?: { title: string; body: string }) => ({
  unitId,
  sourceHash: '0123456789abcdef',
  label: unitId,
  source: { title, body },
  ...(target ? { target: { ...target, state: 'translated' as const } } : {}),
});

/** A translated copy of an exported file, as a CAT tool would send it back. */
const translate = (xml: string, map: Record<string, string>) =>
  xml.replace(
    /<segment state="initial"><source xml:space="preserve">([\s\S]*?)<\/source><\/segment>/g,
    (_m, src: string) =>
      `<segment state="translated"><source xml:space="preserve">${src}</source><target xml:space="preserve">${map[src] ?? src}</target></segment>`,
  );

describe('parseXml', () => {
  it('refuses a DOCTYPE, so no external entity and no entity expansion can happen', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>';
    expect(() => parseXml(xxe)).toThrow(/DOCTYPE declarations are not accepted/);
    const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><x>&lol2;</x>';
    expect(() => parseXml(laughs)).toThrow(XmlError);
  });

  it('refuses unknown entities, processing instructions, bad nesting and content after the root', () => {
    expect(() => parseXml('<x>&nbsp;</x>')).toThrow(/unknown entity &nbsp;/);
    expect(() => parseXml('<x><?php echo 1 ?></x>')).toThrow(/processing instructions/);
    expect(() => parseXml('<x><y></x>')).toThrow(/expected <\/y>/);
    expect(() => parseXml('<x/><y/>')).toThrow(/content after the root/);
    expect(() => parseXml('<x a="1" a="2"/>')).toThrow(/repeated/);
    expect(() => parseXml('<x>a & b</x>')).toThrow(/must start an entity/);
    expect(() => parseXml('<p:x/>')).toThrow(/undeclared namespace prefix/);
  });

  it('bounds size and depth', () => {
    expect(() => parseXml(`<x>${'a'.repeat(100)}</x>`, { maxChars: 50 })).toThrow(/larger than 50/);
    expect(() => parseXml('<a>'.repeat(70) + '</a>'.repeat(70))).toThrow(/nested deeper than 64/);
  });

  it('reads entities, character references, CDATA and comments, and reports line numbers', () => {
    const root = parseXml('<x>&lt;a&gt; &amp; &#x627;&#1604;<![CDATA[<b>]]><!-- c --></x>');
    expect(root.children.map((c) => (c.type === 'text' ? c.text : '')).join('')).toBe('<a> & ال<b>');
    try {
      parseXml('<x>\n\n<y></x>');
      expect.unreachable();
    } catch (err) {
      expect((err as XmlError).line).toBe(3);
    }
  });
});

describe('XLIFF 2.0', () => {
  it('writes a document its reader reads back, markdown and right-to-left text intact', () => {
    const body = '> [!INFO]\n> Allez sur [ameli.fr](https://www.ameli.fr) & <b>.\n\n- un\n- deux';
    const xml = writeXliff('ar', [
      file([
        unit('header', 'Demander la carte Vitale', 'La carte prouve vos droits.'),
        unit('how-1', 'Créer un compte', body, {
          title: 'إنشاء حساب',
          body: 'اذهب إلى [ameli.fr](https://www.ameli.fr).',
        }),
      ]),
    ]);
    expect(xml).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(xml).toContain('srcLang="fr" trgLang="ar"');
    expect(xml).toContain('&lt;b&gt;');
    const back = readXliff(xml);
    expect(back.trgLang).toBe('ar');
    expect(back.files).toEqual([
      {
        ficheId: FICHE,
        units: [
          {
            unitId: 'header',
            sourceHash: '0123456789abcdef',
            title: null,
            body: null,
            line: expect.any(Number),
          },
          {
            unitId: 'how-1',
            sourceHash: '0123456789abcdef',
            title: 'إنشاء حساب',
            body: 'اذهب إلى [ameli.fr](https://www.ameli.fr).',
            line: expect.any(Number),
          },
        ],
      },
    ]);
  });

  it('reads what a CAT tool sends back: targets filled, segments split, prefixes renamed, inline marks', () => {
    const exported = writeXliff('en', [
      file([unit('what', 'Une carte', 'La carte **Vitale**.\nDeux phrases.')]),
    ]);
    const translated = translate(exported, { 'Une carte': 'A card' })
      .replace(/xmlns:rp=/, 'xmlns:ns1=')
      .replace(/rp:/g, 'ns1:')
      .replace(
        /<segment state="translated"><source xml:space="preserve">La carte[\s\S]*?<\/segment>/,
        '<segment><source>La carte **Vitale**.</source><target>The <mrk id="m1" type="term">**Vitale**</mrk> card.</target></segment>' +
          '<ignorable><source>\n</source></ignorable>' +
          '<segment><source>Deux phrases.</source><target>Two sentences<cp hex="0021"/></target></segment>',
      );
    const back = readXliff(translated);
    expect(back.files[0]?.units[0]).toMatchObject({
      unitId: 'what',
      sourceHash: '0123456789abcdef',
      title: 'A card',
      body: 'The **Vitale** card.\nTwo sentences!',
    });
  });

  it('treats a unit with one untranslated segment as not translated', () => {
    const xml = writeXliff('en', [file([unit('what', 'Une carte', 'Texte')])]).replace(
      /<segment state="initial"><source xml:space="preserve">Une carte<\/source><\/segment>/,
      '<segment><source>Une</source><target>A</target></segment><segment><source>carte</source></segment>',
    );
    expect(readXliff(xml).files[0]?.units[0]).toMatchObject({ title: null, body: null });
  });

  it('refuses other XML, other versions, another source language and inline codes it cannot keep', () => {
    expect(() => readXliff('<html/>')).toThrow(/not an XLIFF 2.0 document/);
    expect(() =>
      readXliff(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" srcLang="fr" trgLang="ar"/>',
      ),
    ).toThrow(/not an XLIFF 2.0 document/);
    expect(() =>
      readXliff(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar"/>',
      ),
    ).toThrow(/source language "en"/);
    const withPh = translate(writeXliff('en', [file([unit('what', 'A', 'B')])]), {}).replace(
      '<target xml:space="preserve">A</target>',
      '<target>A<ph id="1"/></target>',
    );
    expect(() => readXliff(withPh)).toThrow(/inline element <ph>/);
  });
});
