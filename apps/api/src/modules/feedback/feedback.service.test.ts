import { describe, expect, it } from 'vitest';
import { ipKey, scrubPersonalData } from './feedback.service.js';

describe('scrubPersonalData', () => {
  it('masks e-mail addresses and phone numbers a reader typed in a comment', () => {
    expect(scrubPersonalData('Écrivez-moi à amina.k@example.fr ou au 06 12 34 56 78.')).toBe(
      'Écrivez-moi à [email] ou au [téléphone].',
    );
    expect(scrubPersonalData('Mon numéro : +33 6 12 34 56 78')).toBe('Mon numéro : [téléphone]');
  });

  it('keeps years, amounts, dates and short numbers', () => {
    const text = 'En 2024, le 115 coûte 0 €, le loyer 350 €, rendez-vous le 12.03.2024.';
    expect(scrubPersonalData(text)).toBe(text);
  });
});

describe('ipKey', () => {
  it('does not contain the address and is stable', () => {
    expect(ipKey('203.0.113.7')).not.toContain('203');
    expect(ipKey('203.0.113.7')).toBe(ipKey('203.0.113.7'));
    expect(ipKey('203.0.113.7')).not.toBe(ipKey('203.0.113.8'));
  });
});
