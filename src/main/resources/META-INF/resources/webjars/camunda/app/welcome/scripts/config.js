// CPA branding of Camunda Welcome (the web apps' own configuration hook).
import '../../cpa/language.js';

export default {
  // English and French; the language is the person's choice or the browser's (see ../../cpa/language.js)
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  app: {
    name: 'CPA Welcome',
    vendor: 'Canadian Police Arrangement'
  },
  disableWelcomeMessage: true
};
