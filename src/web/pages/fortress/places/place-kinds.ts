/** The place rules come from the server's module (plain TypeScript), so forms offer what the server accepts. */
import { mayHaveCenterMember, parentKindOf, placeKinds } from '../../../../server/modules/places/places.rules.ts';
import type { PlaceKind } from '../../../api/types.ts';

export { mayHaveCenterMember };

/** The kind of place that sits under a place of this kind (null: a household has nothing under it). */
export function childKindOf(kind: PlaceKind): PlaceKind | null {
  return placeKinds.find((k) => parentKindOf[k] === kind) ?? null;
}
