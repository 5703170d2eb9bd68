import { Table, type TableProps } from 'antd';
import { fmt } from '../i18n/format.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { LoadError } from './load-error.tsx';
import type { RequestState } from './use-request.ts';

type Props<T> = Omit<TableProps<T>, 'rowKey' | 'dataSource' | 'loading' | 'pagination' | 'onRow'> & {
  /** One page of a list read: its items and the total across pages. */
  list: RequestState<{ items: T[]; total: number }>;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** Clicking a row opens it (list pages show the row in a drawer). */
  onOpen: (row: T) => void;
  testId?: string;
};

/** A list page's table: one page of rows, a pager with the total, a clickable row, and the load error in its place. */
export function PagedTable<T extends { id: number }>({ list, page, pageSize, onPageChange, onOpen, testId, ...table }: Props<T>) {
  const { m } = useLocale();
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      data-testid={testId}
      loading={list.isLoading}
      dataSource={list.data?.items ?? []}
      onRow={(row) => ({ onClick: () => onOpen(row), style: { cursor: 'pointer' } })}
      pagination={{
        current: page,
        pageSize,
        total: list.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => fmt(m.common.total, { total }),
        onChange: onPageChange,
      }}
      {...table}
    />
  );
}
