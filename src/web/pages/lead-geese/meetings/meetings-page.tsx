import { useState } from 'react';
import { Button, Card, Flex, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import { todayInPark } from '../../../components/dates.ts';
import { PagedTable } from '../../../components/paged-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import type { Meeting } from '../tasks/task-types.ts';
import { MeetingDrawer } from './meeting-drawer.tsx';
import { MeetingFormModal } from './meeting-forms.tsx';

/** 红色头雁 → 联席会议 (党建联席会议): meetings by year, one meeting's attendees, agenda and decisions in a drawer. */
export function MeetingsPage() {
  const { m } = useLocale();
  const { access } = useSession();
  const params = useQueryParams();
  const thisYear = Number(todayInPark().slice(0, 4));
  const year = params.getNumber('year');
  const page = params.getNumber('page') ?? 1;
  const pageSize = params.getNumber('pageSize') ?? 20;
  const openedId = params.getNumber('id');
  const [version, setVersion] = useState(0);
  const [isCreating, setIsCreating] = useState(false);
  const list = useRequest(() => call(api.GET('/api/v1/joint-meetings', { params: { query: { year, page, pageSize } } })), [year, page, pageSize, version]);
  return (
    <>
      <PageHeader
        title={m.menu.jointMeetings}
        subTitle={m.menu.leadGeese}
        extra={
          access.canWriteTasks && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              {m.tasks.newMeeting}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Select allowClear value={year} placeholder={m.tasks.year} onChange={(y) => params.set({ year: y, page: undefined })} options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y}` }))} style={{ width: 120 }} />
        </Flex>
        <PagedTable<Meeting>
          testId="meeting-table"
          list={list}
          page={page}
          pageSize={pageSize}
          onPageChange={(nextPage, nextSize) => params.set({ page: nextPage, pageSize: nextSize })}
          onOpen={(r) => params.set({ id: r.id })}
          columns={[
            { title: m.tasks.heldOn, dataIndex: 'heldOn', width: 120 },
            { title: m.tasks.meetingTitle, dataIndex: 'title', ellipsis: true, render: (t: string) => <a>{t}</a> },
            { title: m.tasks.holder, dataIndex: 'orgName', width: 220, ellipsis: true },
            { title: m.tasks.location, dataIndex: 'location', width: 180, render: (l: string | null) => l ?? '—' },
            { title: m.tasks.attendees, dataIndex: 'attendeeCount', width: 90, align: 'right' },
            { title: m.tasks.decisions, dataIndex: 'decisionCount', width: 90, align: 'right' },
          ]}
        />
      </Card>
      {isCreating && (
        <MeetingFormModal
          onClose={() => setIsCreating(false)}
          onDone={(id) => {
            setIsCreating(false);
            setVersion((v) => v + 1);
            params.set({ id });
          }}
        />
      )}
      <MeetingDrawer id={openedId ?? null} onClose={() => params.set({ id: undefined })} />
    </>
  );
}
