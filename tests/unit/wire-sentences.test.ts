import { describe, expect, it } from 'vitest';
import { sentenceAt, sentences } from '../../src/lib/wire/sentences.ts';

describe('sentences', () => {
  it('does not end a sentence at an initial, an honorific or an abbreviation', () => {
    expect(sentences('Rapat di Kab. Lahat dipimpin R. Anggraini dan Drs. Hasan. Selesai.')).toEqual([
      'Rapat di Kab. Lahat dipimpin R. Anggraini dan Drs. Hasan.',
      'Selesai.',
    ]);
  });

  it('ends a sentence after a closing quote and before an opening one, a digit or a line break', () => {
    expect(sentences('"Semua tertib." "Kami lanjutkan." 12 orang hadir\nRapat ditutup')).toEqual([
      '"Semua tertib."',
      '"Kami lanjutkan."',
      '12 orang hadir',
      'Rapat ditutup',
    ]);
  });

  it('reads a period before a lowercase word as no end ("dst. dan")', () => {
    expect(sentences('Paspor, visa, dst. dicek ulang.')).toEqual(['Paspor, visa, dst. dicek ulang.']);
  });
});

describe('sentenceAt', () => {
  const text = 'Hadir H. Ahmad dari Kab. Lahat. Lalu rapat dimulai.';

  it('gives the sentence around an offset', () => {
    expect(sentenceAt(text, text.indexOf('Lahat'))).toBe('Hadir H. Ahmad dari Kab. Lahat.');
    expect(sentenceAt(text, text.indexOf('rapat'))).toBe('Lalu rapat dimulai.');
  });

  it('gives the next sentence for an offset between two', () => {
    expect(sentenceAt(text, text.indexOf(' Lalu'))).toBe('Lalu rapat dimulai.');
  });
});
