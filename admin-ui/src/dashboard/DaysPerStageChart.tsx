import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ExpulsionAnalytics } from './dashboardTypes';
import { STAGE_AXIS } from './stageAxis';


/** How long cases spend in each stage: the median and the 90th percentile, side by side. */
export const DaysPerStageChart = ({ stages }: { stages: ExpulsionAnalytics['daysPerStage'] }) => {
  const { palette } = useTheme();
  const dataset = stages.map((stage) => ({
    label: stage.label,
    medianDays: stage.medianDays,
    p90Days: stage.p90Days,
  }));
  // The tooltip gives the number of stage visits behind each figure.
  const formatDays = (days: number | null, { dataIndex }: { dataIndex: number }) =>
    days === null ? 'no cases yet' : `${days} days (${stages[dataIndex].samples} cases)`;

  return (
    <BarChart
      dataset={dataset}
      height={300}
      xAxis={[STAGE_AXIS]}
      yAxis={[{ label: 'Days in stage' }]}
      series={[
        { dataKey: 'medianDays', label: 'Median', color: palette.primary.main, valueFormatter: formatDays },
        { dataKey: 'p90Days', label: '90th percentile', color: palette.secondary.main, valueFormatter: formatDays },
      ]}
    />
  );
};
