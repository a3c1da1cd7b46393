import { Divider, Grid } from '@mui/material';
import { Show } from 'react-admin';
import { SectionTitle } from '../common/SectionTitle';
import { useShowErrorHandler } from '../common/useShowErrorHandler';
import { ActionButtons } from './ActionButtons';
import { CaseDetails } from './CaseDetails';
import { CaseEscalations } from './CaseEscalations';
import { CaseHeader } from './CaseHeader';
import { CaseStageStepper } from './CaseStageStepper';
import { CaseTimeline } from './CaseTimeline';
import { CaseTitle } from './CaseTitle';
import { LegalClockBox } from './LegalClockBox';

/**
 * The case list fills react-admin's cache of single records with its rows, which lack the student,
 * the timeline and the actions. A `meta` of its own gives this page another cache entry, so that it
 * waits for `GET /api/cases/:id`. The data provider ignores the `meta`.
 */
const CASE_DETAIL_QUERY = { meta: { view: 'detail' } };

export const CaseShow = () => {
  const onError = useShowErrorHandler();

  return (
    <Show title={<CaseTitle />} actions={<ActionButtons />} queryOptions={{ ...CASE_DETAIL_QUERY, onError }}>
      <CaseHeader />
      <Divider />
      <CaseStageStepper />
      <Divider />
      <Grid container>
        <Grid size={{ xs: 12, md: 8 }}>
          <CaseDetails />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <LegalClockBox />
          <SectionTitle>Escalations</SectionTitle>
          <CaseEscalations />
        </Grid>
      </Grid>
      <SectionTitle>Timeline</SectionTitle>
      <CaseTimeline />
    </Show>
  );
};
