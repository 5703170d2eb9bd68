import { townships } from './catalog.ts';
import type { Rng } from './random.ts';

/** The place tree of the demo park: community → compound → building → household, each tied to its org by code. */
export type PlaceKind = 'community' | 'compound' | 'building' | 'household';

export type PlannedPlace = {
  code: string;
  parentCode: string | null;
  kind: PlaceKind;
  name: string;
  address: string;
  /** The org responsible for the place (its 社区党总支, 小区党支部, 楼栋党小组); households inherit. */
  orgCode: string | null;
  /** Households only: designated a 党员中心户 (its resident member becomes the center member). */
  isCenter: boolean;
};

/** Exactly 68 楼栋党小组: with 12 community general branches and 31 compound branches, 111 community-side orgs. */
export const buildingGroupCount = 68;

const streets: Record<string, readonly string[]> = {
  BM: ['白马大道', '电厂路', '龙门街', '临江路'],
  SH: ['四合大道', '双河路', '高桥街', '桂湖路'],
  LXJ: ['汉渝大道', '汉安大道', '旭园路', '新江路'],
  SL: ['交通路', '玉溪路', '红桥街', '胜利路'],
};

export const orgCodeOf = {
  township: (t: string) => `NJJK-${t}`,
  community: (t: string, c: string) => `NJJK-${t}-${c}`,
  compound: (t: string, c: string, x: number) => `NJJK-${t}-${c}-X${pad(x)}`,
  group: (t: string, c: string, x: number, b: number) => `NJJK-${t}-${c}-X${pad(x)}-G${pad(b)}`,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Plans the places: every compound has 3–6 buildings, 2–3 of which hold a 楼栋党小组 (68 in all); every
 * building with a group has 2–4 households of members, about a third of those buildings a 党员中心户.
 */
export function planPlaces(rng: Rng): PlannedPlace[] {
  const compounds = townships.flatMap((t) => t.communities.flatMap((c) => c.compounds.map((_, i) => ({ t: t.code, c: c.code, x: i + 1 }))));
  const buildings = new Map(compounds.map((k) => [key(k), rng.int(3, 6)]));
  const groups = new Map(compounds.map((k) => [key(k), 2]));
  for (const k of rng.shuffle(compounds).slice(0, buildingGroupCount - 2 * compounds.length)) {
    groups.set(key(k), 3);
    buildings.set(key(k), Math.max(buildings.get(key(k)) ?? 0, 4));
  }

  const places: PlannedPlace[] = [];
  for (const t of townships) {
    for (const c of t.communities) {
      const communityCode = `${t.code}-${c.code}`;
      const street = rng.pick(streets[t.code]);
      places.push({ code: communityCode, parentCode: null, kind: 'community', name: c.name, address: `内江市${t.name}${street}${rng.int(1, 300)}号`, orgCode: orgCodeOf.community(t.code, c.code), isCenter: false });
      c.compounds.forEach((compoundName, i) => {
        const x = i + 1;
        const compoundCode = `${communityCode}-X${pad(x)}`;
        const address = `内江市${t.name}${rng.pick(streets[t.code])}${rng.int(1, 500)}号`;
        places.push({ code: compoundCode, parentCode: communityCode, kind: 'compound', name: compoundName, address, orgCode: orgCodeOf.compound(t.code, c.code, x), isCenter: false });
        const k = key({ t: t.code, c: c.code, x });
        const withGroups = groups.get(k) ?? 0;
        for (let b = 1; b <= (buildings.get(k) ?? 0); b++) {
          const buildingCode = `${compoundCode}-B${pad(b)}`;
          const hasGroup = b <= withGroups;
          places.push({ code: buildingCode, parentCode: compoundCode, kind: 'building', name: `${compoundName}${b}栋`, address: `${address}${b}栋`, orgCode: hasGroup ? orgCodeOf.group(t.code, c.code, x, b) : orgCodeOf.compound(t.code, c.code, x), isCenter: false });
          if (!hasGroup) continue;
          const households = rng.int(2, 4);
          const center = rng.chance(0.35) ? rng.int(1, households) : 0;
          const floors = rng.shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]).slice(0, households).sort((p, q) => p - q);
          floors.forEach((floor, h) => {
            const unit = rng.int(1, 3);
            const room = `${unit}单元${floor}0${rng.int(1, 4)}室`;
            places.push({ code: `${buildingCode}-H${pad(h + 1)}`, parentCode: buildingCode, kind: 'household', name: room, address: `${address}${b}栋${room}`, orgCode: null, isCenter: center === h + 1 });
          });
        }
      });
    }
  }
  return places;
}

function key(k: { t: string; c: string; x: number }): string {
  return `${k.t}-${k.c}-${k.x}`;
}
