import { useState } from 'react';
import { Button, Card, Flex, Input, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import type { User } from '../../../api/types.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { AssignmentTag } from './assignment-tag.tsx';
import { InitialPasswordModal } from './initial-password-modal.tsx';
import { UserActions } from './user-actions.tsx';
import { UserCreateModal } from './user-create-modal.tsx';

/** 系统 → 用户与角色: accounts, their state, and their role assignments (security admin). */
export function UsersPage() {
  const { m } = useLocale();
  const { access, me } = useSession();
  const params = useQueryParams();
  const q = params.get('q');
  const page = params.getNumber('page') ?? 1;
  const pageSize = params.getNumber('pageSize') ?? 20;
  const [version, setVersion] = useState(0);
  const [isCreating, setIsCreating] = useState(false);
  const [shownPassword, setShownPassword] = useState<{ name: string; password: string } | null>(null);
  const list = useRequest(() => call(api.GET('/api/v1/users', { params: { query: { q, page, pageSize } } })), [q, page, pageSize, version]);
  const changed = () => setVersion((v) => v + 1);

  return (
    <>
      <PageHeader
        title={m.menu.users}
        subTitle={m.menu.system}
        extra={
          access.canWriteUsers && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              {m.users.create}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <Flex gap={12} style={{ marginBottom: 16 }}>
          <Input.Search allowClear defaultValue={q} placeholder={m.users.searchPlaceholder} onSearch={(value) => params.set({ q: value.trim(), page: undefined })} style={{ width: 320 }} />
        </Flex>
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <Table<User>
            rowKey="id"
            size="middle"
            data-testid="user-table"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => fmt(m.common.total, { total }),
              onChange: (nextPage, nextSize) => params.set({ page: nextPage, pageSize: nextSize }),
            }}
            columns={[
              { title: m.users.username, dataIndex: 'username', width: 140, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
              { title: m.users.displayName, dataIndex: 'displayName', width: 120 },
              {
                title: m.users.roles,
                key: 'roles',
                render: (_, user) =>
                  user.assignments.length === 0 ? (
                    <Typography.Text type="secondary">{m.users.noRoles}</Typography.Text>
                  ) : (
                    <Flex wrap gap={4}>
                      {user.assignments.map((a) => (
                        <AssignmentTag key={a.id} assignment={a} />
                      ))}
                    </Flex>
                  ),
              },
              {
                title: m.users.status,
                key: 'status',
                width: 180,
                render: (_, user) => (
                  <Flex wrap gap={4}>
                    {user.isDisabled ? <Tag>{m.users.disabled}</Tag> : <Tag color="green">{m.users.active}</Tag>}
                    {user.isLocked && <Tag color="orange">{m.users.locked}</Tag>}
                    {user.mustChangePassword && <Tag color="blue">{m.users.mustChange}</Tag>}
                  </Flex>
                ),
              },
              ...(access.canWriteUsers
                ? [
                    {
                      title: m.common.actions,
                      key: 'actions',
                      width: 300,
                      render: (_: unknown, user: User) => (
                        <UserActions user={user} isSelf={user.id === me?.userId} onChanged={changed} onPassword={(password) => setShownPassword({ name: user.displayName, password })} />
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      {isCreating && (
        <UserCreateModal
          onClose={() => setIsCreating(false)}
          onCreated={(user) => {
            setIsCreating(false);
            changed();
            if (user.initialPassword) setShownPassword({ name: user.displayName, password: user.initialPassword });
          }}
        />
      )}
      {shownPassword && <InitialPasswordModal name={shownPassword.name} password={shownPassword.password} onClose={() => setShownPassword(null)} />}
    </>
  );
}
