import type { FicheContent, FicheContentInput, Theme } from '@reperes/shared';
import { ficheContentSchema } from '@reperes/shared';
import { FicheModel } from '../../src/modules/fiches/fiche.model.js';
import { publishFiche } from '../../src/modules/fiches/publish.service.js';
import { ThemeModel } from '../../src/modules/themes/theme.model.js';

export const TEST_THEME: Theme = {
  id: 'sante',
  order: 1,
  icon: 'health',
  color: '#1d6b41',
  names: { fr: 'Santé', en: 'Health', ar: 'الصحة' },
  needs: [{ id: 'se-soigner', order: 1, names: { fr: 'Se soigner', en: 'Get care' } }],
};

/** A complete démarche, small enough to read in a test. */
export function demarche(overrides: Partial<FicheContentInput> = {}): FicheContent {
  return ficheContentSchema.parse({
    type: 'demarche',
    title: 'Demander la carte Vitale',
    administration: 'Assurance Maladie',
    summary: 'La carte Vitale prouve vos droits à la santé.',
    mainTheme: 'sante',
    needs: ['se-soigner'],
    eligibility: {
      legalStatus: ['refugee'],
      public: 'not_applicable',
      age: { min: 16 },
      frenchLevel: 'not_applicable',
      price: { kind: 'free' },
      conditions: ['social_security_number'],
      location: { kind: 'departments', departments: ['75', '93'] },
      commitment: 'not_applicable',
    },
    sections: {
      what: {
        id: 'what',
        title: 'Une carte pour la santé',
        body: 'La carte **Vitale** contient vos droits.',
      },
      how: [
        { id: 'how-1', title: 'Créer un compte', body: 'Allez sur [ameli.fr](https://www.ameli.fr).' },
        { id: 'how-2', title: 'Envoyer une photo', body: 'Envoyez une photo et une pièce d’identité.' },
      ],
      next: [{ id: 'next-1', title: 'Recevoir la carte', body: 'Vous recevez la carte par la poste.' }],
    },
    ...overrides,
  });
}

export async function createTheme(theme: Theme = TEST_THEME): Promise<void> {
  const { id, ...rest } = theme;
  await ThemeModel.create({ _id: id, ...rest });
}

export async function createPublishedFiche(
  slug: string,
  content: FicheContent = demarche(),
  at = new Date('2026-01-10T10:00:00Z'),
) {
  const fiche = await FicheModel.create({ slug, status: 'draft', revision: 0, draft: content });
  await publishFiche(fiche._id, { at });
  return fiche._id;
}
