import { computeIdCheckChar } from '../platform/id-number.ts';
import { type Sex, generateName } from './names.ts';
import { type Rng, addYears } from './random.ts';

/** The report date: every dated fact of the demo park lies on or before it, so today's figures equal the report's. */
export const reportDate = '2025-12-31';

/** 内江 area codes: 市中区, 东兴区, 威远县, 资中县, 隆昌市. */
export const neijiangAreaCodes: readonly (readonly [string, number])[] = [
  ['511002', 40], ['511011', 20], ['511024', 12], ['511025', 15], ['511083', 13],
];

const ethnicities: readonly (readonly [string, number])[] = [
  ['汉族', 970], ['彝族', 8], ['回族', 6], ['藏族', 5], ['土家族', 5], ['苗族', 4], ['羌族', 2],
];

/** young: members of enterprises and social organizations; mixed: organs; senior: residents of communities. */
export type AgeProfile = 'young' | 'mixed' | 'senior';

const educations: Record<AgeProfile, readonly (readonly [string, number])[]> = {
  young: [['研究生', 7], ['大学本科', 40], ['大学专科', 30], ['中专', 10], ['高中', 8], ['初中及以下', 5]],
  mixed: [['研究生', 12], ['大学本科', 55], ['大学专科', 22], ['中专', 5], ['高中', 4], ['初中及以下', 2]],
  senior: [['大学本科', 12], ['大学专科', 18], ['中专', 15], ['高中', 25], ['初中及以下', 30]],
};

/** Join-date periods per profile: [from, to, weight]. */
const joinPeriods: Record<AgeProfile, readonly (readonly [string, string, number])[]> = {
  young: [['2015-01-01', '2024-12-31', 75], ['2005-01-01', '2014-12-31', 22], ['1995-01-01', '2004-12-31', 3]],
  mixed: [['2015-01-01', '2024-12-31', 50], ['1995-01-01', '2014-12-31', 35], ['1980-01-01', '1994-12-31', 15]],
  senior: [['2015-01-01', '2024-12-31', 25], ['1990-01-01', '2014-12-31', 40], ['1972-01-01', '1989-12-31', 35]],
};

const ageAtJoin: Record<AgeProfile, readonly [number, number]> = { young: [19, 34], mixed: [20, 40], senior: [19, 42] };
const maleShare: Record<AgeProfile, number> = { young: 0.6, mixed: 0.62, senior: 0.48 };

const mobilePrefixes = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '157', '158', '159', '180', '181', '182', '183', '186', '187', '188', '189'];

export type Person = {
  name: string;
  sex: Sex;
  birthDate: string;
  idNumber: string;
  phone: string;
  ethnicity: string;
  education: string;
  joinedOn: string;
  status: 'full' | 'probationary';
  convertedOn: string | null;
};

export type PersonRequest = {
  profile: AgeProfile;
  probationary: boolean;
  /** The earliest join date allowed (e.g. for a probationary member, the org's founding). */
  joinedFrom?: string;
  /** The latest join date allowed (e.g. before a transfer or a departure). */
  joinedTo?: string;
};

/** The last day a full member may have joined: the year of probation ends on or before the report date. */
export const lastFullJoin = addYears(reportDate, -1);
const probationFrom = '2025-01-01';
const probationTo = '2025-12-20';

/** Generates people with unique, valid, fictional ID numbers and unique mobile numbers. */
export function createPeople(rng: Rng) {
  const idNumbers = new Set<string>();
  const phones = new Set<string>();

  function idNumber(birthDate: string, sex: Sex): string {
    for (;;) {
      const area = rng.weighted(neijiangAreaCodes);
      const seq = `${rng.int(0, 99)}`.padStart(2, '0') + String(rng.int(0, 4) * 2 + (sex === 'male' ? 1 : 0));
      const first17 = `${area}${birthDate.replaceAll('-', '')}${seq}`;
      const value = first17 + computeIdCheckChar(first17);
      if (!idNumbers.has(value)) {
        idNumbers.add(value);
        return value;
      }
    }
  }

  function phone(): string {
    for (;;) {
      const value = rng.pick(mobilePrefixes) + `${rng.int(0, 99_999_999)}`.padStart(8, '0');
      if (!phones.has(value)) {
        phones.add(value);
        return value;
      }
    }
  }

  function joinDate(req: PersonRequest): string {
    if (req.probationary) return rng.date(maxDate2(probationFrom, req.joinedFrom), probationTo);
    const latest = minDate2(lastFullJoin, req.joinedTo);
    for (let attempt = 0; attempt < 20; attempt++) {
      const [from, to] = rng.weighted(joinPeriods[req.profile].map(([f, t, w]) => [[f, t], w] as const));
      const lo = maxDate2(from, req.joinedFrom);
      const hi = minDate2(to, latest);
      if (lo <= hi) return rng.date(lo, hi);
    }
    return rng.date('1975-01-01', latest);
  }

  return {
    next(req: PersonRequest): Person {
      const sex: Sex = rng.chance(maleShare[req.profile]) ? 'male' : 'female';
      const joinedOn = joinDate(req);
      const joinYear = Number(joinedOn.slice(0, 4));
      const [minAge, maxAge] = ageAtJoin[req.profile];
      // Ages 20–75 on the report date (born 1951–2004) and at least 18 on joining.
      const birthYear = Math.max(1951, Math.min(2004, joinYear - rng.int(minAge, maxAge), joinYear - 19));
      const birthDate = rng.date(`${birthYear}-01-01`, `${birthYear}-12-31`);
      return {
        name: generateName(rng, sex),
        sex,
        birthDate,
        idNumber: idNumber(birthDate, sex),
        phone: phone(),
        ethnicity: rng.weighted(ethnicities),
        education: rng.weighted(educations[req.profile]),
        joinedOn,
        status: req.probationary ? 'probationary' : 'full',
        convertedOn: req.probationary ? null : addYears(joinedOn, 1),
      };
    },
  };
}

function maxDate2(a: string, b: string | undefined): string {
  return b && b > a ? b : a;
}

function minDate2(a: string, b: string | undefined): string {
  return b && b < a ? b : a;
}
