import { foldVietnamese, SIMILAR_SUMMARY_THRESHOLD, summarySimilarity } from './summary-similarity';

describe('summary similarity', () => {
  it('folds case and diacritics, đ included', () => {
    expect(foldVietnamese('Khiếu nại QUYẾT ĐỊNH thu hồi Đất!')).toBe('khieu nai quyet dinh thu hoi dat');
    // Decomposed input (NFD) folds the same as precomposed (NFC).
    expect(foldVietnamese('Đất đai'.normalize('NFD'))).toBe(foldVietnamese('Đất đai'));
  });

  it('scores two summaries of the same land complaint above the threshold', () => {
    const score = summarySimilarity(
      'Khiếu nại quyết định thu hồi đất của UBND xã A',
      'Khiếu nại về quyết định thu hồi đất nông nghiệp',
    );
    // Syllable pairs in common: khieu nai, quyet dinh, dinh thu, thu hoi, hoi dat → 2·5 / (10 + 9).
    expect(score).toBeCloseTo(10 / 19, 5);
    expect(score).toBeGreaterThanOrEqual(SIMILAR_SUMMARY_THRESHOLD);
  });

  it('scores unrelated summaries low, identical ones 1, and empty ones 0', () => {
    expect(summarySimilarity('Phản ánh ô nhiễm tiếng ồn quán karaoke', 'Khiếu nại thu hồi đất')).toBeLessThan(
      SIMILAR_SUMMARY_THRESHOLD,
    );
    expect(summarySimilarity('Tố cáo cán bộ địa chính', 'tố cáo CÁN BỘ địa chính')).toBe(1);
    expect(summarySimilarity('', 'Tố cáo')).toBe(0);
  });
});
