import { ValidationFailedError } from '@kntc/domain';

/**
 * The instant whose knowledge a report uses: the requested cut-off, or now. A cut-off in the
 * future would give figures that change as facts arrive: refused, so a frozen run stays frozen.
 */
export function knowledgeCutOff(requested: Date | undefined, now: Date): Date {
  if (requested && Number.isNaN(requested.getTime())) {
    throw new ValidationFailedError([
      { field: 'asOf', issue: 'invalid', message: 'Thời điểm chốt số liệu không hợp lệ.' },
    ]);
  }
  if (requested && requested.getTime() > now.getTime()) {
    throw new ValidationFailedError([
      { field: 'asOf', issue: 'in_future', message: 'Thời điểm chốt số liệu không được sau thời điểm hiện tại.' },
    ]);
  }
  return requested ?? now;
}
