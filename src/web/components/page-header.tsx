import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/** A page's title line with its actions on the right. */
export function PageHeader({ title, subTitle, extra }: { title: ReactNode; subTitle?: ReactNode; extra?: ReactNode }) {
  return (
    <Flex align="center" justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
      <Flex align="baseline" gap={12}>
        <Typography.Title level={4} style={{ margin: 0, paddingLeft: 10, borderLeft: '4px solid #c8161d', lineHeight: 1.1 }}>
          {title}
        </Typography.Title>
        {subTitle && <Typography.Text type="secondary">{subTitle}</Typography.Text>}
      </Flex>
      {extra}
    </Flex>
  );
}
