/** Place kinds (glossary: 社区 / 小区 / 楼栋 / 户) and which kind sits under which. */
export const placeKinds = ['community', 'compound', 'building', 'household'] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** The one kind each kind must sit under; null: a root (a community stands at the top of the tree). */
export const parentKindOf: Record<PlaceKind, PlaceKind | null> = {
  community: null,
  compound: 'community',
  building: 'compound',
  household: 'building',
};

export const placeKindNames: Record<PlaceKind, string> = {
  community: '社区',
  compound: '小区',
  building: '楼栋',
  household: '户',
};

/** Only a household can be a 党员中心户. */
export function mayHaveCenterMember(kind: PlaceKind): boolean {
  return kind === 'household';
}

/** Depth in the tree from a materialized path: "/7/" is 0, "/7/42/" is 1. */
export function depthOfPath(path: string): number {
  return path.split('/').length - 3;
}

/** Ancestor ids of a place from its path, root first, the place itself left out. */
export function ancestorIdsOf(path: string, id: number): number[] {
  return path.split('/').filter(Boolean).map(Number).filter((a) => a !== id);
}
