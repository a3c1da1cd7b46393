import { mergeTranslations, type TranslationMessages } from 'react-admin';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';

/** Names and field labels of Baton's resources, on top of react-admin's English messages. */
const batonMessages = {
  resources: {
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
