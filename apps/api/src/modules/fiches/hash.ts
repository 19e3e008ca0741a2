import { createHash } from 'node:crypto';
import { HEADER_UNIT, sectionItems, type FicheContent, type UnitText } from '@reperes/shared';

const normalize = (s: string) => s.replace(/\r\n?/g, '\n').normalize('NFC').trim();

/** Hash of one French unit: what a translation records as "made from". Whitespace at the ends and line
 * endings do not count as a change; any other edit does. */
export function unitHash(text: UnitText): string {
  return createHash('sha256')
    .update(JSON.stringify([normalize(text.title), normalize(text.body)]))
    .digest('hex')
    .slice(0, 16);
}

/** Content hash of a document (strong ETag source). */
export function contentHash(payload: string): string {
  return createHash('sha256').update(payload).digest('base64url').slice(0, 22);
}

/** The translatable units of a fiche's French content, in reading order: header first, then items. */
export function frenchUnits(content: FicheContent): { id: string; text: UnitText }[] {
  return [
    { id: HEADER_UNIT, text: { title: content.title, body: content.summary } },
    ...sectionItems(content.sections).map(({ item }) => ({
      id: item.id,
      text: { title: item.title, body: item.body },
    })),
  ];
}
