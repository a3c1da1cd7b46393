import { mergeTranslations, type TranslationMessages } from 'react-admin';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';

/** Names and field labels of Baton's resources, on top of react-admin's English messages. */
const batonMessages = {
  resources: {
    cases: {
      name: 'Case |||| Cases',
      fields: {
        q: 'Search by school',
        schoolId: 'School',
        schoolName: 'School',
        areaId: 'Area',
        areaName: 'Area',
        stage: 'Stage',
        status: 'Status',
        slaState: 'SLA state',
        waitingOn: 'Waiting on',
        dueAt: 'Due',
        daysWaiting: 'Days waiting',
        openedAt: 'Opened',
        student: {
          name: 'Student name',
          localId: 'Student local ID',
          grade: 'Grade',
        },
        incidentDate: 'Incident date',
        incident: 'Incident',
        interventionsTried: 'Interventions tried',
        suspensionStartedOn: 'Suspension started on',
        attorneyName: 'Attorney',
        hearingAt: 'Hearing',
        hearingOutcome: 'Hearing outcome',
        recommendation: 'Recommendation',
        decision: 'Decision',
        expulsionLengthDays: 'Expulsion length (days)',
        placement: 'Placement',
        closingReason: 'Closing reason',
      },
    },
    escalations: {
      name: 'Escalation |||| Escalations',
      fields: {
        caseId: 'Case',
        schoolName: 'School',
        areaId: 'Area',
        areaName: 'Area',
        stage: 'Stage',
        level: 'Level',
        raisedAt: 'Raised at',
        dueAt: 'Due at',
        acknowledged: 'Acknowledged',
        acknowledgedAt: 'Acknowledged',
        caseStatus: 'Case status',
      },
    },
    'sla-policies': {
      name: 'SLA policy |||| SLA policy',
      fields: {
        version: 'Version',
        createdAt: 'Saved at',
        document: {
          centralOfficeAfter: 'Escalate to central office after the breach',
        },
      },
    },
    areas: {
      name: 'Area |||| Areas',
      fields: {
        id: 'Area ID',
        name: 'Name',
        kind: 'Kind',
        schoolCount: 'Schools',
        studentCount: 'Students',
      },
    },
    schools: {
      name: 'School |||| Schools',
      fields: {
        id: 'School ID',
        areaId: 'Area',
        longName: 'Name',
        shortName: 'Short name',
        primaryCategory: 'Category',
        gradesOffered: 'Grades',
        gradesOfferedAll: 'All grades offered',
        studentCountTotal: 'Enrollment',
        studentCountLowIncome: 'Low-income students',
        studentCountSpecialEd: 'Special education students',
        studentCountEnglishLearners: 'English learners',
        address: 'Street address',
        city: 'City',
        state: 'State',
        zip: 'ZIP code',
        phone: 'Phone',
        latitude: 'Latitude',
        longitude: 'Longitude',
        schoolYear: 'School year',
      },
    },
  },
};

const messages: TranslationMessages = mergeTranslations(englishMessages, batonMessages);

export const i18nProvider = polyglotI18nProvider(() => messages, 'en', [{ locale: 'en', name: 'English' }], {
  allowMissing: true,
});
