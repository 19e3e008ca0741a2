/**
 * Seed corpus of Repères: themes, needs and fiches in French with their translations.
 *
 * The content is illustrative: written in plain French to exercise the app with realistic data, in general
 * terms as of 2025. It is NOT legal advice; amounts, delays and procedures change: always check the official
 * sites linked in each fiche. Places with "(adresse d'exemple)" in their name are generic, not real addresses.
 */
import type { SeedFiche } from './types.js';
import { fiche as aideJuridiqueGratuite } from './fiches/aide-juridique-gratuite.js';
import { fiche as aideMedicaleDeLEtat } from './fiches/aide-medicale-de-l-etat.js';
import { fiche as aidesAuLogementCaf } from './fiches/aides-au-logement-caf.js';
import { fiche as allocationPourDemandeurDAsile } from './fiches/allocation-pour-demandeur-d-asile.js';
import { fiche as appelerLe115 } from './fiches/appeler-le-115.js';
import { fiche as ateliersDeFrancaisParlonsEnsemble } from './fiches/ateliers-de-francais-parlons-ensemble.js';
import { fiche as binomesSolidaires } from './fiches/binomes-solidaires.js';
import { fiche as carteCultureSolidaire } from './fiches/carte-culture-solidaire.js';
import { fiche as clicSolidaire } from './fiches/clic-solidaire.js';
import { fiche as contratDIntegrationRepublicaine } from './fiches/contrat-d-integration-republicaine.js';
import { fiche as couvertureSante } from './fiches/couverture-sante.js';
import { fiche as demanderLAsile } from './fiches/demander-l-asile.js';
import { fiche as echangerSonPermisDeConduire } from './fiches/echanger-son-permis-de-conduire.js';
import { fiche as entretienOfpra } from './fiches/entretien-ofpra.js';
import { fiche as faireReconnaitreUnDiplomeEtranger } from './fiches/faire-reconnaitre-un-diplome-etranger.js';
import { fiche as formationLinguistiqueOfii } from './fiches/formation-linguistique-ofii.js';
import { fiche as inscrireSesEnfantsALEcole } from './fiches/inscrire-ses-enfants-a-l-ecole.js';
import { fiche as ouvrirUnCompteBancaire } from './fiches/ouvrir-un-compte-bancaire.js';
import { fiche as permanenceDAccesAuxSoins } from './fiches/permanence-d-acces-aux-soins.js';
import { fiche as permisSolidaire } from './fiches/permis-solidaire.js';
import { fiche as pointConseilBudget } from './fiches/point-conseil-budget.js';
import { fiche as premierToitJeunes } from './fiches/premier-toit-jeunes.js';
import { fiche as recoursCnda } from './fiches/recours-cnda.js';
import { fiche as reunificationFamiliale } from './fiches/reunification-familiale.js';
import { fiche as sInscrireAFranceTravail } from './fiches/s-inscrire-a-france-travail.js';
import { fiche as tremplinEmploiRefugies } from './fiches/tremplin-emploi-refugies.js';

export { SEED_THEMES } from './themes.js';
export type { SeedFiche, SeedLanguage, SeedTranslation, UnitTexts } from './types.js';

export const SEED_FICHES: SeedFiche[] = [
  aideJuridiqueGratuite,
  aideMedicaleDeLEtat,
  aidesAuLogementCaf,
  allocationPourDemandeurDAsile,
  appelerLe115,
  ateliersDeFrancaisParlonsEnsemble,
  binomesSolidaires,
  carteCultureSolidaire,
  clicSolidaire,
  contratDIntegrationRepublicaine,
  couvertureSante,
  demanderLAsile,
  echangerSonPermisDeConduire,
  entretienOfpra,
  faireReconnaitreUnDiplomeEtranger,
  formationLinguistiqueOfii,
  inscrireSesEnfantsALEcole,
  ouvrirUnCompteBancaire,
  permanenceDAccesAuxSoins,
  permisSolidaire,
  pointConseilBudget,
  premierToitJeunes,
  recoursCnda,
  reunificationFamiliale,
  sInscrireAFranceTravail,
  tremplinEmploiRefugies,
];
