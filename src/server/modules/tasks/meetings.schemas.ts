import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { createTaskItemBody, taskNodeView } from './tasks.schemas.ts';

const id = (what: string) => z.number().int().describe(what);
const refId = (what: string) => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);

export const meetingListItem = z.object({
  id: id('Meeting id'),
  orgId: id('The org that held it'),
  orgName: z.string().describe('That org\'s current name'),
  heldOn: z.string().describe('Day held'),
  title: z.string().describe('Title'),
  location: z.string().nullable().describe('Where'),
  attendeeCount: z.number().int().describe('Attendees recorded'),
  decisionCount: z.number().int().describe('Decisions taken'),
});

export const listMeetingsQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('Only meetings held in this year'),
    orgId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Only meetings of orgs in this org\'s subtree'),
    ...pageQuery,
  })
  .strict();
export type ListMeetingsInput = z.infer<typeof listMeetingsQuery>;
export const meetingListView = pageOf(meetingListItem);

export const meetingDetailView = meetingListItem.extend({
  agenda: z.array(z.string()).describe('Agenda items, in order'),
  attendees: z.array(z.object({ id: id('Attendee id'), memberId: z.number().int().nullable().describe('The member, when a member of the park attended'), name: z.string().describe('The member\'s name, or the person or unit named') })).describe('Who attended'),
  decisions: z.array(z.object({ id: id('Decision id'), seq: z.number().int().describe('Its number in the meeting, from 1'), content: z.string().describe('The decision'), taskItemIds: z.array(z.number().int()).describe('Task items made from it') })).describe('Decisions, in order'),
});

export const createMeetingBody = z
  .object({
    orgId: refId('The org holding the meeting'),
    heldOn: isoDate.describe('Day held (not in the future)'),
    title: z.string().trim().min(2).max(200).describe('Title, e.g. 2025年第一次党建联席会议'),
    location: z.string().trim().max(200).optional().describe('Where'),
    agenda: z.array(z.string().trim().min(1).max(500)).min(1).max(30).describe('Agenda items, in order'),
    attendees: z
      .array(
        z
          .object({
            memberId: refId('A member of the park who attended').optional(),
            name: z.string().trim().min(1).max(100).optional().describe('A person or unit attending, when not a member of the park'),
          })
          .strict()
          .refine((a) => (a.memberId === undefined) !== (a.name === undefined), 'give either memberId or name'),
      )
      .max(200)
      .describe('Who attended'),
    decisions: z.array(z.string().trim().min(1).max(1000)).max(30).describe('Decisions taken, in order'),
  })
  .strict();
export type CreateMeetingInput = z.infer<typeof createMeetingBody>;

export const decisionTasksBody = z
  .object({
    listId: refId('The task list the new items go on'),
    items: z.array(createTaskItemBody).min(1).max(20).describe('The items to make from the decision'),
  })
  .strict();
export type DecisionTasksInput = z.infer<typeof decisionTasksBody>;
export const decisionTasksView = z.object({ items: z.array(taskNodeView).describe('The items made, each remembering the decision') });
