import type { ReactNode } from 'react';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { MemberPicker } from '../../../components/member-picker.tsx';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { redActions } from './task-types.ts';

/**
 * The fields every task form asks for — title, Red Action, responsible org, lead person, due date, weight — with
 * room for more between the lead person and the due date (the item form's co-owners).
 */
export function TaskCoreFields({ beforeDue }: { beforeDue?: ReactNode }) {
  const { m } = useLocale();
  return (
    <>
      <Form.Item name="title" label={m.tasks.title} rules={[{ required: true, message: m.tasks.title }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="redAction" label={m.tasks.redAction} rules={[{ required: true, message: m.tasks.redAction }]}>
        <Select options={redActions.map((a) => ({ value: a, label: m.redAction[a] }))} />
      </Form.Item>
      <Form.Item name="responsibleOrgId" label={m.tasks.responsibleOrg} rules={[{ required: true, message: m.tasks.responsibleOrg }]}>
        <OrgPicker />
      </Form.Item>
      <Form.Item name="leadMemberId" label={m.tasks.leadMember}>
        <MemberPicker />
      </Form.Item>
      {beforeDue}
      <Form.Item name="dueOn" label={m.tasks.dueOn} rules={[{ required: true, message: m.tasks.dueOn }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="weight" label={m.tasks.weight} rules={[{ required: true, message: m.tasks.weight }]}>
        <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}
