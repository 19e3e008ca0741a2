// Rendering speed, printed rather than asserted (timings depend on the machine):
//   npx vitest bench --run --project shared shared/src/markdown
// Target: a 2 KB fiche section renders in well under 1 ms on average.
import { bench, describe } from 'vitest';
import { countWords, markdownToText, renderMarkdown } from './index.js';

const SECTION = `## Prendre rendez-vous à la préfecture

Pour demander un **titre de séjour**, vous devez d'abord prendre rendez-vous en ligne sur le site de
[votre préfecture](https://www.service-public.fr/particuliers/vosdroits/F2209). Le service est *gratuit*.

> [!IMPORTANT]
> Ne payez jamais quelqu'un pour obtenir un rendez-vous. Si on vous demande de l'argent, appelez le
> [3919](tel:3919) ou écrivez à [contact@asso.fr](mailto:contact@asso.fr).

1. Préparez vos documents :
   - passeport ou document de voyage ;
   - justificatif de domicile de moins de 3 mois ;
   - 3 photos d'identité récentes.
2. Connectez-vous au site avec votre numéro étranger (AGDREF).
3. Choisissez un créneau et notez le numéro de confirmation.

> [!INFO]
> Si vous n'avez pas d'adresse, une association agréée peut vous **domicilier** gratuitement.

| Document | Où le trouver |
|----------|---------------|
| Récépissé | Guichet unique (GUDA) |
| Attestation OFII | Courrier de l'OFII |

Le jour du rendez-vous, arrivez 15 minutes en avance. Vous pouvez venir avec un interprète ou un aidant :
« Je viens pour mon rendez-vous » suffit à l'accueil. Les horaires sont indiqués sur la convocation.

### Après le rendez-vous

Vous recevez un **récépissé** qui prouve que votre demande est en cours. Gardez-le toujours sur vous : il
vous permet de travailler dans certains cas et d'ouvrir vos droits à la [CAF](https://www.caf.fr).
Si votre situation change (adresse, famille, travail), prévenez la préfecture dans les 15 jours.

- En cas de refus, vous avez **30 jours** pour faire un recours.
- Un avocat peut vous aider gratuitement grâce à l'aide juridictionnelle.
- Les associations (Cimade, Secours catholique…) tiennent des permanences.

Pour toute question, l'accueil de jour de votre ville peut vous orienter : demandez la liste des
permanences juridiques gratuites et les horaires d'ouverture du guichet. Pensez à garder une copie de
chaque document que vous envoyez.
`;

describe(`a ${(new TextEncoder().encode(SECTION).length / 1024).toFixed(1)} KB section`, () => {
  bench('renderMarkdown', () => {
    renderMarkdown(SECTION);
  });
  bench('markdownToText + countWords', () => {
    countWords(markdownToText(SECTION));
  });
});
