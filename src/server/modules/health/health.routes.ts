import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { App, AppDeps } from '../../platform/context.ts';

const healthResponse = z.object({
  status: z.literal('ok').describe('The server is up and its database answers'),
  database: z.enum(['pglite', 'postgresql']).describe('Which database the server runs on'),
});

export async function registerHealthRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Health check', response: { 200: healthResponse } }, config: { access: 'public' } },
    async () => {
      await deps.database.db.execute(sql`SELECT 1`);
      return { status: 'ok' as const, database: deps.database.kind };
    },
  );
}
