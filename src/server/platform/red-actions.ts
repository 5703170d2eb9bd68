/** The report's five Red Actions (红色五行动): what a task, an honor or a policy is reported under. */
export const redActions = ['fortress', 'leadGeese', 'navigation', 'enterpriseAid', 'momentum'] as const;
export type RedAction = (typeof redActions)[number];

export const redActionNames: Record<RedAction, { zh: string; en: string }> = {
  fortress: { zh: '红色堡垒', en: 'Red Fortress' },
  leadGeese: { zh: '红色头雁', en: 'Red Leading Geese' },
  navigation: { zh: '红色导航', en: 'Red Navigation' },
  enterpriseAid: { zh: '红色助企', en: 'Red Enterprise Aid' },
  momentum: { zh: '红色动力', en: 'Red Momentum' },
};
