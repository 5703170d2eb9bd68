import type { PolicyTopic } from '../../../api/types.ts';

export { redActions } from '../../../components/red-actions.ts';
export const policyTopics: PolicyTopic[] = ['demonstration_park', 'business_environment', 'industry', 'talent', 'finance', 'other'];

/** The measures textarea: one measure a line, blank lines dropped. */
export function measuresFromText(text: string | undefined): { title: string }[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((title) => ({ title }));
}
