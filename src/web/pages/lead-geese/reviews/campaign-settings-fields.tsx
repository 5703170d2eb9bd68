import { DatePicker, Flex, Form, InputNumber } from 'antd';
import { useLocale } from '../../../i18n/use-locale.ts';
import { PerStarInputs, ThresholdInputs } from './star-inputs.tsx';

/** A campaign's settings, the same when it is created and when the manager changes it: deadlines, weights, fund and stars. */
export function CampaignSettingsFields() {
  const { m } = useLocale();
  return (
    <>
      <Flex gap={12} wrap>
        <Form.Item name="commitmentsDue" label={m.reviews.commitmentsDue} rules={[{ required: true, message: m.reviews.commitmentsDue }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="reportsDue" label={m.reviews.reportsDue} rules={[{ required: true, message: m.reviews.reportsDue }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="scoringDue" label={m.reviews.scoringDue} rules={[{ required: true, message: m.reviews.scoringDue }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="selfWeight" label={m.reviews.selfWeight} rules={[{ required: true, message: m.reviews.selfWeight }]}>
          <InputNumber min={0} max={100} precision={0} />
        </Form.Item>
        <Form.Item name="fundYuan" label={m.reviews.fundYuan} rules={[{ required: true, message: m.reviews.fundYuan }]}>
          <InputNumber min={0} precision={0} style={{ width: 180 }} />
        </Form.Item>
      </Flex>
      <ThresholdInputs />
      <PerStarInputs name="starShares" label={m.reviews.shares} />
      <PerStarInputs name="starBaseYuan" label={m.reviews.baseYuan} />
    </>
  );
}
