import { useState } from 'react';
import { Button, Checkbox, Flex, Tag, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { api, call } from '../../../api/client.ts';
import type { ContactLink, LinkKind } from '../../../api/types.ts';
import { lastDayOf } from '../../../components/dates.ts';
import { EndPeriodModal } from '../../../components/end-period-modal.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Props = { kind: LinkKind; asOf: string | undefined; version: number; canWrite: boolean; onChanged: () => void };

/** The near and far side of a link, as the kind reads them. */
export function sidesOf(l: ContactLink): [string, string] {
  switch (l.kind) {
    case 'leader_org':
      return [l.userName ?? '', l.orgName ?? ''];
    case 'cadre_enterprise':
      return [l.userName ?? '', l.enterpriseName ?? ''];
    case 'org_place':
      return [l.orgName ?? '', l.placeName ?? ''];
    case 'department_enterprise':
      return [l.orgName ?? '', l.enterpriseName ?? ''];
    default:
      return [`${l.personName ?? ''}（${l.orgName ?? ''}）`, l.enterpriseName ?? ''];
  }
}

/** The links of one kind on the date (or their history), each ending from its row; a row opens its visits. */
export function LinkTable({ kind, asOf, version, canWrite, onChanged }: Props) {
  const { m } = useLocale();
  const navigate = useNavigate();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [includeEnded, setIncludeEnded] = useState(false);
  const [ending, setEnding] = useState<ContactLink | null>(null);
  const list = useRequest(
    () => call(api.GET('/api/v1/contact-links', { params: { query: { kind, asOf, includeEnded: includeEnded ? 'true' : 'false', ...page } } })),
    [kind, asOf, includeEnded, page.page, page.pageSize, version],
  );
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <Checkbox checked={includeEnded} onChange={(e) => setIncludeEnded(e.target.checked)}>
          {m.contacts.showEnded}
        </Checkbox>
      </Flex>
      <PagedTable<ContactLink>
        testId="link-table"
        list={list}
        page={page.page}
        pageSize={page.pageSize}
        onPageChange={(p, s) => setPage({ page: p, pageSize: s })}
        onOpen={(l) => navigate(`/lead-geese/visits?linkId=${l.id}`)}
        columns={[
          { title: m.contacts.from, key: 'from', ellipsis: true, render: (_: unknown, l: ContactLink) => sidesOf(l)[0] },
          { title: m.contacts.to, key: 'to', ellipsis: true, render: (_: unknown, l: ContactLink) => sidesOf(l)[1] },
          ...(kind === 'secondment' ? [{ title: m.contacts.direction, key: 'direction', width: 140, render: (_: unknown, l: ContactLink) => (l.direction ? m.secondmentDirection[l.direction] : '—') }] : []),
          { title: m.contacts.validFrom, dataIndex: 'validFrom', width: 110 },
          { title: m.contacts.validTo, dataIndex: 'validTo', width: 110, render: (v: string | null) => (v ? lastDayOf(v) : <Tag color="red">{m.contacts.current}</Tag>) },
          {
            title: m.contacts.lastVisitedOn,
            key: 'visit',
            width: 150,
            render: (_: unknown, l: ContactLink) => (
              <Tooltip title={l.staleAfterDays ? fmt(m.contacts.staleHint, { days: l.staleAfterDays }) : m.contacts.notWatched}>
                <span>
                  {l.lastVisitedOn ?? (l.staleAfterDays ? m.contacts.neverVisited : '—')} {l.isStale && <Tag color="orange">{m.contacts.stale}</Tag>}
                </span>
              </Tooltip>
            ),
          },
          ...(canWrite
            ? [
                {
                  title: m.common.actions,
                  key: 'actions',
                  width: 110,
                  render: (_: unknown, l: ContactLink) =>
                    l.validTo === null && (
                      <Button
                        size="small"
                        onClick={(e) => {
                          e.stopPropagation();
                          setEnding(l);
                        }}
                      >
                        {m.contacts.endLink}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {ending && (
        <EndPeriodModal
          title={`${m.contacts.endLink} · ${sidesOf(ending).join(' → ')}`}
          onSubmit={(validTo) => call(api.POST('/api/v1/contact-links/{id}/end', { params: { path: { id: ending.id } }, body: { validTo } }))}
          onClose={() => setEnding(null)}
          onDone={() => {
            setEnding(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}
