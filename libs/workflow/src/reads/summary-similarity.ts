/**
 * Similarity of two đơn summaries, for duplicate candidates: Dice's coefficient over the sets
 * of adjacent syllable pairs, after folding case and diacritics (so "Đất đai" and "dat dai"
 * agree). Vietnamese words are syllables separated by spaces, so syllable pairs capture most
 * compound words ("thu hồi", "đất đai") without a dictionary.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function shingles(text: string): Set<string> {
  const syllables = foldVietnamese(text).split(' ').filter(Boolean);
  if (syllables.length < 2) return new Set(syllables);
  const pairs = new Set<string>();
  for (let i = 0; i < syllables.length - 1; i++) pairs.add(`${syllables[i]} ${syllables[i + 1]}`);
  return pairs;
}

export function summarySimilarity(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const s of x) if (y.has(s)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Summaries at least this similar (with the same subject area) are offered as candidates. */
export const SIMILAR_SUMMARY_THRESHOLD = 0.4;
