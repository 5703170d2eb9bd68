import { Button, Card, Flex, Form, Input, InputNumber } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useLocale } from '../../../i18n/use-locale.ts';

/** Edits the `indicators` tree of a campaign form: top-level indicators with weights, scored indicators under each. */
export function IndicatorTreeEditor() {
  const { m } = useLocale();
  return (
    <Form.Item label={m.reviews.tabIndicators} extra={m.reviews.treeHint} required>
      <Form.List name="indicators">
        {(parents, { add, remove }, { errors }) => (
          <Flex vertical gap={8}>
            <Form.ErrorList errors={errors} />
            {parents.map((parent) => (
              <Card key={parent.key} size="small">
                <Flex gap={8} align="start">
                  <Form.Item name={[parent.name, 'name']} rules={[{ required: true, message: m.reviews.parentName }]} style={{ flex: 1, marginBottom: 8 }}>
                    <Input placeholder={m.reviews.parentName} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[parent.name, 'weight']} rules={[{ required: true, message: m.reviews.weight }]} style={{ marginBottom: 8 }}>
                    <InputNumber min={1} max={100} precision={0} suffix="%" style={{ width: 100 }} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(parent.name)} />
                </Flex>
                <Form.List name={[parent.name, 'children']}>
                  {(leaves, leafOps, leafMeta) => (
                    <Flex vertical gap={0} style={{ paddingLeft: 24 }}>
                      <Form.ErrorList errors={leafMeta.errors} />
                      {leaves.map((leaf) => (
                        <Flex key={leaf.key} gap={8} align="start">
                          <Form.Item name={[leaf.name, 'name']} rules={[{ required: true, message: m.reviews.leafName }]} style={{ flex: 1, marginBottom: 8 }}>
                            <Input placeholder={m.reviews.leafName} maxLength={200} />
                          </Form.Item>
                          <Form.Item name={[leaf.name, 'weight']} rules={[{ required: true, message: m.reviews.weight }]} style={{ marginBottom: 8 }}>
                            <InputNumber min={1} max={100} precision={0} suffix="%" style={{ width: 100 }} />
                          </Form.Item>
                          <Form.Item name={[leaf.name, 'maxScore']} rules={[{ required: true, message: m.reviews.maxScore }]} style={{ marginBottom: 8 }}>
                            <InputNumber min={1} max={1000} precision={0} prefix={m.reviews.maxScore} style={{ width: 120 }} />
                          </Form.Item>
                          <Button icon={<DeleteOutlined />} onClick={() => leafOps.remove(leaf.name)} />
                        </Flex>
                      ))}
                      <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => leafOps.add({ weight: 100, maxScore: 10 })} style={{ alignSelf: 'start' }}>
                        {m.reviews.addLeaf}
                      </Button>
                    </Flex>
                  )}
                </Form.List>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ weight: 100, children: [{ weight: 100, maxScore: 10 }] })}>
              {m.reviews.addParent}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
