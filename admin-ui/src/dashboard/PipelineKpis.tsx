import { Grid } from '@mui/material';
import type { ExpulsionAnalytics } from './dashboardTypes';
import { KpiCard } from './KpiCard';

type Pipeline = ExpulsionAnalytics['pipeline'];

/** Green when the median days to close meet the target, red when they miss it. */
const medianColor = ({ medianDaysToClose, targetDays }: Pipeline) => {
  if (medianDaysToClose === null) {
    return 'text.primary';
  }
  return medianDaysToClose <= targetDays ? 'success.main' : 'error.main';
};

/** Open cases, cases closed in the last year, and the median days to close against the target. */
export const PipelineKpis = ({ pipeline }: { pipeline: Pipeline }) => {
  const { medianDaysToClose, targetDays } = pipeline;

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 4 }}>
        <KpiCard title="Open cases" value={pipeline.openCases} to="/cases" />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <KpiCard
          title="Median days to close"
          value={medianDaysToClose ?? '–'}
          color={medianColor(pipeline)}
          caption={`Target: ${targetDays} days`}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <KpiCard title="Closed in the last year" value={pipeline.closedLastYear} />
      </Grid>
    </Grid>
  );
};
