import { createHash } from 'node:crypto';
import { HEADER_UNIT, sectionItems, type FicheContent, type UnitText } from '@reperes/shared';

/** Hash of one French unit: what a translation records as "made from" (one implementation, in shared/). */
export { unitHash } from '@reperes/shared/freshness';

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
