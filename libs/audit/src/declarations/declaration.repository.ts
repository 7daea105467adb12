import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '@kntc/domain';

export interface DeclarationView {
  id: string;
  authorityId: string;
  subject: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  figures: Record<string, number>;
  source: string;
  declaredById: string;
  declaredAt: Date;
}

const COLUMNS = `id, authority_id AS "authorityId", subject, to_char(period_from, 'YYYY-MM-DD') AS "periodFrom",
  to_char(period_to, 'YYYY-MM-DD') AS "periodTo", figures, source, declared_by_id AS "declaredById",
  declared_at AS "declaredAt"`;

/** Declared figures (kê khai): superseded, never overwritten. */
@Injectable()
export class DeclarationRepository {
  /** Ends the declaration in force for the same authority, subject and span (a correction replaces it). */
  async supersede(
    em: EntityManager,
    key: { authorityId: string; subject: string; periodFrom: IsoDate; periodTo: IsoDate },
  ): Promise<void> {
    await em.query(
      `UPDATE audit_opening_balance SET superseded_at = now()
        WHERE authority_id = $1 AND subject = $2 AND period_from = $3 AND period_to = $4 AND superseded_at IS NULL`,
      [key.authorityId, key.subject, key.periodFrom, key.periodTo],
    );
  }

  async insert(em: EntityManager, d: Omit<DeclarationView, 'id' | 'declaredAt'>): Promise<DeclarationView> {
    const [row] = await em.query<DeclarationView[]>(
      `INSERT INTO audit_opening_balance (authority_id, subject, period_from, period_to, figures, source, declared_by_id, declared_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now()) RETURNING ${COLUMNS}`,
      [d.authorityId, d.subject, d.periodFrom, d.periodTo, JSON.stringify(d.figures), d.source, d.declaredById],
    );
    return row;
  }

  inForce(em: EntityManager, authorityIds: string[]): Promise<DeclarationView[]> {
    return em.query<DeclarationView[]>(
      `SELECT ${COLUMNS} FROM audit_opening_balance
        WHERE authority_id = ANY($1::uuid[]) AND superseded_at IS NULL
        ORDER BY authority_id, subject, period_from`,
      [authorityIds],
    );
  }
}
