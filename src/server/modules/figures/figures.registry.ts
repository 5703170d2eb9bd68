import type { ServiceContext } from '../../platform/context.ts';

/**
 * The report's figures (../shared/seed/figures.md), each computed from records by the module that keeps them
 * and registered here at module load. Issue 5's metric registry will take these over; until then this is the one
 * place a figure is defined: its id, what it counts, and the computation that also yields the records behind it.
 */
export type FigureRecord = { type: string; id: number; label: string };
export type FigureResult = {
  /** One or more values, e.g. { orgs: 2, members: 34 }; the first is the figure's headline value. */
  values: Record<string, number>;
  /** The records behind the values, in the caller's scope. */
  records: FigureRecord[];
};
export type FigureDefinition = {
  /** F01…F60 */
  id: string;
  title: string;
  /** stock: as of the date; year: within the date's year; cumulative: up to the date. */
  period: 'stock' | 'year' | 'cumulative';
  /** The counting rule in words (口径). */
  rule: string;
  compute(ctx: ServiceContext, asOf: string): Promise<FigureResult>;
};

const registry = new Map<string, FigureDefinition>();

export function registerFigure(definition: FigureDefinition): void {
  if (registry.has(definition.id)) throw new Error(`figure ${definition.id} is registered twice`);
  registry.set(definition.id, definition);
}

export function listFigureDefinitions(): FigureDefinition[] {
  return [...registry.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

export function findFigure(id: string): FigureDefinition | undefined {
  return registry.get(id);
}
