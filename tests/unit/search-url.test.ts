import { describe, expect, it } from 'vitest';
import { highlightFragment } from '../../src/lib/search-url.ts';

describe('highlightFragment', () => {
  it.each([
    { words: [], expected: '' },
    { words: [' ', ''], expected: '' },
    { words: ['homestay'], expected: '#:~:text=homestay' },
    { words: ['homestay', 'Homestay', 'HOMESTAY'], expected: '#:~:text=homestay' },
    { words: ['tim', 'pora'], expected: '#:~:text=tim&text=pora' },
    { words: ['Pagar Alam', 'WNA-1'], expected: '#:~:text=Pagar%20Alam&text=WNA%2D1' },
    { words: ['a', 'b', 'c', 'd', 'e', 'f'], expected: '#:~:text=a&text=b&text=c&text=d&text=e' },
  ])('turns $words into "$expected"', ({ words, expected }) => {
    expect(highlightFragment(words)).toBe(expected);
  });
});
