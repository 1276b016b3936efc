// CPA branding of Camunda Admin (the web apps' own configuration hook).
import '../../cpa/language.js';

export default {
  // English and French; the language is the person's choice or the browser's (see ../../cpa/language.js)
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  app: {
    name: 'CPA Admin',
    vendor: 'Canadian Police Arrangement'
  },
  disableWelcomeMessage: true
};
