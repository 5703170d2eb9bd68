import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { Pipeline, ProjectStage } from '../../../api/types.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

const stageColors: Record<ProjectStage, string> = { negotiating: '#8c8c8c', signed: '#d4380d', registered: '#d48806', started: '#c8161d', in_production: '#389e0d' };

type Props = { pipeline: Pipeline; selected: ProjectStage | undefined; onSelect: (stage: ProjectStage | undefined) => void };

/** The pipeline on a date: projects and agreed investment per stage (as the API counts and words them). */
export function PipelineBoard({ pipeline, selected, onSelect }: Props) {
  const { m } = useLocale();
  return (
    <Row gutter={[12, 12]} data-testid="project-pipeline">
      <Col xs={12} md={8} xl={4}>
        <Card hoverable size="small" variant="borderless" onClick={() => onSelect(undefined)} style={{ borderTop: `3px solid ${selected ? '#f0f0f0' : '#a8071a'}`, height: '100%' }}>
          <Statistic title={m.projects.total} value={pipeline.total.count} suffix={fmt(m.projects.count, { count: '' }).trim()} />
          <Typography.Text type="secondary">{pipeline.total.agreedInvestmentText}</Typography.Text>
        </Card>
      </Col>
      {pipeline.byStage.map((s) => (
        <Col key={s.stage} xs={12} md={8} xl={4}>
          <Card
            hoverable
            size="small"
            variant="borderless"
            onClick={() => onSelect(s.stage)}
            data-testid={`pipeline-${s.stage}`}
            style={{ borderTop: `3px solid ${selected === s.stage ? stageColors[s.stage] : '#f0f0f0'}`, height: '100%' }}
          >
            <Statistic title={m.projectStage[s.stage]} value={s.count} styles={{ content: { color: stageColors[s.stage] } }} suffix={fmt(m.projects.count, { count: '' }).trim()} />
            <Flex justify="space-between">
              <Typography.Text type="secondary">{m.projects.agreedInvestment}</Typography.Text>
              <Typography.Text strong>{s.agreedInvestmentText}</Typography.Text>
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
