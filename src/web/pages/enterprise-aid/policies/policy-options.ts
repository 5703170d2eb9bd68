import type { PolicyTopic, RedAction } from '../../../api/types.ts';

export const policyTopics: PolicyTopic[] = ['demonstration_park', 'business_environment', 'industry', 'talent', 'finance', 'other'];
export const redActions: RedAction[] = ['fortress', 'leadGeese', 'navigation', 'enterpriseAid', 'momentum'];

/** The measures textarea: one measure a line, blank lines dropped. */
export function measuresFromText(text: string | undefined): { title: string }[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((title) => ({ title }));
}
