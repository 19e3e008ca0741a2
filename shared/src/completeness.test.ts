import { describe, expect, test } from 'vitest';
import {
  COMPLETENESS_CODES,
  SECTION_MINIMUMS,
  applicableEligibilityFields,
  checkCompleteness,
} from './completeness.js';
import type { FicheContentInput, SectionItem } from './schemas/fiche.js';

type Eligibility = NonNullable<FicheContentInput['eligibility']>;

const item = (id: string, title = `Titre ${id}`, body = `Texte de ${id}.`): SectionItem => ({
  id,
  title,
  body,
});

const completeEligibility = {
  legalStatus: ['refugee', 'subsidiary_protection'],
  public: 'not_applicable',
  age: { min: 18 },
  frenchLevel: ['A1', 'A2'],
  price: { kind: 'free' },
  conditions: 'not_applicable',
  location: { kind: 'departments', departments: ['75', '93'] },
  commitment: { duration: '6 mois', frequency: 'weekly', weekdays: ['mon', 'thu'] },
} satisfies FicheContentInput['eligibility'];

function dispositif(): FicheContentInput {
  return {
    type: 'dispositif',
    title: 'Apprendre le français avec un bénévole',
    brandTitle: 'Kodiko',
    summary: 'Des cours de français gratuits près de chez vous.',
    sponsor: 'Association Kodiko',
    mainTheme: 'apprendre-le-francais',
    eligibility: structuredClone(completeEligibility),
    sections: {
      what: item('what', '', 'Un programme de **binômes** entre réfugiés et salariés.'),
      why: [item('why-1'), item('why-2'), item('why-3')],
      how: [item('how-1')],
      next: [],
    },
  };
}

function demarche(): FicheContentInput {
  const { commitment: _commitment, ...eligibility } = structuredClone(completeEligibility);
  return {
    type: 'demarche',
    title: 'Demander l’asile',
    administration: 'Préfecture',
    summary: 'Les étapes pour déposer une demande d’asile en France.',
    mainTheme: 'demarches-administratives',
    eligibility,
    sections: {
      what: item('what', '', 'La demande d’asile protège les personnes persécutées.'),
      why: [],
      how: [item('how-1'), item('how-2')],
      next: [item('next-1')],
    },
  };
}

const codes = (content: FicheContentInput) => checkCompleteness(content).issues.map((issue) => issue.code);

describe('checkCompleteness', () => {
  test('accepts a complete dispositif', () => {
    expect(checkCompleteness(dispositif())).toEqual({ complete: true, issues: [] });
  });

  test('accepts a complete démarche without commitment', () => {
    expect(checkCompleteness(demarche())).toEqual({ complete: true, issues: [] });
  });

  test('reports an empty dispositif with every issue, in form order', () => {
    const result = checkCompleteness({
      type: 'dispositif',
      title: '',
      summary: '',
      sections: { what: item('what', '', '') },
    });
    expect(result.complete).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'TITLE_MISSING',
      'BRAND_TITLE_MISSING',
      'SUMMARY_MISSING',
      'SPONSOR_MISSING',
      'MAIN_THEME_MISSING',
      ...Array(8).fill('ELIGIBILITY_NOT_FILLED'),
      'WHAT_BODY_MISSING',
      'WHY_MIN_3',
      'HOW_MIN_1',
    ]);
  });

  test('reports an empty démarche with its own requirements', () => {
    expect(
      codes({ type: 'demarche', title: ' ', summary: ' ', sections: { what: item('what', '', ' ') } }),
    ).toEqual([
      'TITLE_MISSING',
      'ADMINISTRATION_MISSING',
      'SUMMARY_MISSING',
      'MAIN_THEME_MISSING',
      ...Array(7).fill('ELIGIBILITY_NOT_FILLED'),
      'WHAT_BODY_MISSING',
      'HOW_MIN_1',
      'NEXT_MIN_1',
    ]);
  });

  test('treats a title of spaces as missing', () => {
    expect(codes({ ...dispositif(), title: '   ' })).toEqual(['TITLE_MISSING']);
  });

  test('requires a brand title and a sponsor for a dispositif only', () => {
    expect(codes({ ...dispositif(), brandTitle: undefined, sponsor: '' })).toEqual([
      'BRAND_TITLE_MISSING',
      'SPONSOR_MISSING',
    ]);
    expect(codes({ ...demarche(), brandTitle: undefined, sponsor: undefined })).toEqual([]);
  });

  test('requires an administration for a démarche only', () => {
    expect(codes({ ...demarche(), administration: ' ' })).toEqual(['ADMINISTRATION_MISSING']);
    expect(codes({ ...dispositif(), administration: undefined })).toEqual([]);
  });

  test('accepts a summary of exactly 110 characters and refuses 111, with the limit and length', () => {
    expect(codes({ ...dispositif(), summary: 'a'.repeat(110) })).toEqual([]);
    expect(checkCompleteness({ ...dispositif(), summary: 'a'.repeat(111) }).issues).toEqual([
      { code: 'SUMMARY_TOO_LONG', path: ['summary'], params: { max: 110, length: 111 } },
    ]);
  });

  test('measures the summary without surrounding spaces, as the schema does', () => {
    expect(codes({ ...dispositif(), summary: `  ${'a'.repeat(110)}  ` })).toEqual([]);
  });

  test('requires a main theme', () => {
    expect(checkCompleteness({ ...dispositif(), mainTheme: undefined }).issues).toEqual([
      { code: 'MAIN_THEME_MISSING', path: ['mainTheme'] },
    ]);
  });

  describe('eligibility', () => {
    test('reports each field that is neither filled nor marked not applicable', () => {
      const content = dispositif();
      content.eligibility = { ...completeEligibility, legalStatus: undefined, price: undefined };
      expect(checkCompleteness(content).issues).toEqual([
        {
          code: 'ELIGIBILITY_NOT_FILLED',
          path: ['eligibility', 'legalStatus'],
          params: { field: 'legalStatus' },
        },
        { code: 'ELIGIBILITY_NOT_FILLED', path: ['eligibility', 'price'], params: { field: 'price' } },
      ]);
    });

    test('accepts every field marked not applicable', () => {
      const content = dispositif();
      content.eligibility = Object.fromEntries(
        applicableEligibilityFields('dispositif').map((f) => [f, 'not_applicable']),
      );
      expect(codes(content)).toEqual([]);
    });

    test('treats a missing eligibility object as nothing filled', () => {
      expect(codes({ ...demarche(), eligibility: undefined })).toEqual(
        Array(7).fill('ELIGIBILITY_NOT_FILLED'),
      );
    });

    test.each<[string, Eligibility]>([
      ['an empty legal status list', { legalStatus: [] }],
      ['an empty public list', { public: [] }],
      ['an age range with no bound', { age: {} }],
      ['an empty French level list', { frenchLevel: [] }],
      ['an empty condition list', { conditions: [] }],
      ['a département location with no département', { location: { kind: 'departments', departments: [] } }],
      ['an empty commitment', { commitment: {} }],
      ['a commitment with a blank duration and no weekday', { commitment: { duration: ' ', weekdays: [] } }],
    ])('treats %s as not filled', (_name, change) => {
      const content = dispositif();
      content.eligibility = { ...completeEligibility, ...change };
      expect(codes(content)).toEqual(['ELIGIBILITY_NOT_FILLED']);
    });

    test.each<[string, Eligibility]>([
      ['an age range with a maximum only', { age: { max: 25 } }],
      ['a paid price', { price: { kind: 'paid', amountEuros: 10, period: 'month' } }],
      ['a nationwide location', { location: { kind: 'nationwide' } }],
      ['an online location', { location: { kind: 'online' } }],
      ['a commitment in hours per week only', { commitment: { hoursPerWeek: 0 } }],
      ['a commitment with a frequency only', { commitment: { frequency: 'flexible' } }],
    ])('treats %s as filled', (_name, change) => {
      const content = dispositif();
      content.eligibility = { ...completeEligibility, ...change };
      expect(codes(content)).toEqual([]);
    });

    test('asks for commitment on a dispositif but not on a démarche', () => {
      expect(applicableEligibilityFields('dispositif')).toContain('commitment');
      expect(applicableEligibilityFields('demarche')).not.toContain('commitment');
      const content = dispositif();
      content.eligibility = { ...completeEligibility, commitment: undefined };
      expect(codes(content)).toEqual(['ELIGIBILITY_NOT_FILLED']);
    });
  });

  describe('sections', () => {
    test('requires a body in "what" but not a title', () => {
      const content = dispositif();
      content.sections.what = item('what', '', '');
      expect(checkCompleteness(content).issues).toEqual([
        { code: 'WHAT_BODY_MISSING', path: ['sections', 'what', 'body'] },
      ]);
    });

    test('treats a body of markup alone as empty', () => {
      const content = dispositif();
      content.sections.what = item('what', '', '> [!INFO]\n\n---');
      expect(codes(content)).toEqual(['WHAT_BODY_MISSING']);
    });

    test('requires at least 3 "why" items for a dispositif, with the minimum and count', () => {
      const content = dispositif();
      content.sections.why = [item('why-1'), item('why-2')];
      expect(checkCompleteness(content).issues).toEqual([
        { code: 'WHY_MIN_3', path: ['sections', 'why'], params: { min: 3, count: 2 } },
      ]);
    });

    test('requires at least 1 "how" item for both types', () => {
      const content = dispositif();
      content.sections.how = [];
      expect(codes(content)).toEqual(['HOW_MIN_1']);
      const other = demarche();
      other.sections.how = undefined;
      expect(codes(other)).toEqual(['HOW_MIN_1']);
    });

    test('requires at least 1 "next" item for a démarche', () => {
      const content = demarche();
      content.sections.next = [];
      expect(checkCompleteness(content).issues).toEqual([
        { code: 'NEXT_MIN_1', path: ['sections', 'next'], params: { min: 1, count: 0 } },
      ]);
    });

    test('flags "next" items in a dispositif and "why" items in a démarche', () => {
      const content = dispositif();
      content.sections.next = [item('next-1'), item('next-2')];
      expect(checkCompleteness(content).issues).toEqual([
        { code: 'NEXT_NOT_FOR_DISPOSITIF', path: ['sections', 'next'], params: { count: 2 } },
      ]);
      const other = demarche();
      other.sections.why = [item('why-1', '', '')];
      expect(checkCompleteness(other).issues).toEqual([
        { code: 'WHY_NOT_FOR_DEMARCHE', path: ['sections', 'why'], params: { count: 1 } },
      ]);
    });

    test('points at each item without a title or a text, counting positions from 1', () => {
      const content = demarche();
      content.sections.how = [item('how-1'), item('how-2', ' ', 'Texte'), item('how-3', 'Titre', '  \n')];
      expect(checkCompleteness(content).issues).toEqual([
        {
          code: 'ITEM_TITLE_MISSING',
          path: ['sections', 'how', 1, 'title'],
          params: { section: 'how', position: 2 },
        },
        {
          code: 'ITEM_BODY_MISSING',
          path: ['sections', 'how', 2, 'body'],
          params: { section: 'how', position: 3 },
        },
      ]);
    });

    test('checks the items of every section the type has', () => {
      const content = dispositif();
      content.sections.why = [item('why-1'), item('why-2'), item('why-3', '', '')];
      expect(codes(content)).toEqual(['ITEM_TITLE_MISSING', 'ITEM_BODY_MISSING']);
    });

    test('keeps minimums as data that matches the domain', () => {
      expect(SECTION_MINIMUMS).toEqual({ dispositif: { why: 3, how: 1 }, demarche: { how: 1, next: 1 } });
    });
  });

  test('does not throw on a half-filled form', () => {
    const partial = { type: 'demarche', sections: {} } as unknown as FicheContentInput;
    expect(checkCompleteness(partial).complete).toBe(false);
  });

  test('only ever reports listed codes, each with a path', () => {
    const samples: FicheContentInput[] = [
      {
        type: 'dispositif',
        title: '',
        summary: 'x'.repeat(200),
        sections: { what: item('what', '', ''), next: [item('n')] },
      },
      {
        type: 'demarche',
        title: '',
        summary: '',
        sections: { what: item('what'), why: [item('w')], how: [item('h', '', '')] },
      },
    ];
    const issues = samples.flatMap((sample) => checkCompleteness(sample).issues);
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(COMPLETENESS_CODES));
    for (const issue of issues) expect(issue.path.length).toBeGreaterThan(0);
  });
});
