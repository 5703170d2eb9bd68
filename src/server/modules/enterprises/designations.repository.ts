import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { enterpriseDesignations } from '../../db/schema/index.ts';

/** The only code that queries a unit's dated designations. */
export type DesignationRow = typeof enterpriseDesignations.$inferSelect;

/** A unit's designation periods, oldest first; of one designation when given. */
export async function listDesignations(db: DbOrTx, tenantId: number, enterpriseId: number, designation?: string): Promise<DesignationRow[]> {
  return db
    .select()
    .from(enterpriseDesignations)
    .where(
      and(
        eq(enterpriseDesignations.tenantId, tenantId),
        eq(enterpriseDesignations.enterpriseId, enterpriseId),
        designation ? eq(enterpriseDesignations.designation, designation) : undefined,
      ),
    )
    .orderBy(asc(enterpriseDesignations.validFrom), asc(enterpriseDesignations.id));
}

export async function findDesignation(db: DbOrTx, tenantId: number, id: number): Promise<DesignationRow | null> {
  const [row] = await db.select().from(enterpriseDesignations).where(and(eq(enterpriseDesignations.tenantId, tenantId), eq(enterpriseDesignations.id, id)));
  return row ?? null;
}

export async function insertDesignation(db: DbOrTx, values: typeof enterpriseDesignations.$inferInsert): Promise<DesignationRow> {
  const [row] = await db.insert(enterpriseDesignations).values(values).returning();
  return row;
}

export async function setDesignationEnd(db: DbOrTx, tenantId: number, id: number, validTo: string): Promise<DesignationRow> {
  const [row] = await db
    .update(enterpriseDesignations)
    .set({ validTo })
    .where(and(eq(enterpriseDesignations.tenantId, tenantId), eq(enterpriseDesignations.id, id)))
    .returning();
  return row;
}
