/** The words of host units (glossary): kinds, statuses, designations, coverage kinds, and how capital is shown. */
export const unitKinds = ['enterprise', 'social_org'] as const;
export type UnitKind = (typeof unitKinds)[number];

export const enterpriseStatuses = ['onboarding', 'active', 'closed'] as const;
export type EnterpriseStatus = (typeof enterpriseStatuses)[number];

/** Dated designations an enterprise may hold: 规上工业, 专精特新 (国家级/省级), 高新技术, 创新型中小企业, 外资, 上市. */
export const designations = ['above_scale', 'srdi_national', 'srdi_provincial', 'high_tech', 'innovative_sme', 'foreign_funded', 'listed'] as const;
export type Designation = (typeof designations)[number];

export const designationNames: Record<Designation, string> = {
  above_scale: '规上工业企业',
  srdi_national: '国家级专精特新企业',
  srdi_provincial: '省级专精特新企业',
  high_tech: '高新技术企业',
  innovative_sme: '创新型中小企业',
  foreign_funded: '外资企业',
  listed: '上市企业',
};

/** own: the unit hosts the org (its own branch); joint: a joint branch covering several units. */
export const coverageKinds = ['own', 'joint'] as const;
export type CoverageKind = (typeof coverageKinds)[number];

/** The list's coverage filter: org = covered by an own or joint org in force on the date; none = covered by none. */
export const coverageFilters = ['org', 'none'] as const;
export type CoverageFilter = (typeof coverageFilters)[number];

/**
 * Registered capital is kept in 元 and shown in 万元, exactly (1 元 = 0.0001 万元), without trailing zeros:
 * 5,000,000 → "500万元", 1,234,500 → "123.45万元". Capital is never negative (the schemas refuse it).
 */
export function formatWanYuan(yuan: number | null): string | null {
  if (yuan === null) return null;
  const whole = Math.floor(yuan / 10_000);
  const fraction = String(yuan % 10_000).padStart(4, '0').replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}万元`;
}

/** Two periods [from, to) with null = open-ended overlap when each starts before the other ends. */
export function periodsOverlap(a: { validFrom: string; validTo: string | null }, b: { validFrom: string; validTo: string | null }): boolean {
  return (a.validTo === null || b.validFrom < a.validTo) && (b.validTo === null || a.validFrom < b.validTo);
}
