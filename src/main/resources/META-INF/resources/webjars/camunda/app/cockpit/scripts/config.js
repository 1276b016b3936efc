// CPA branding of Camunda Cockpit (the web apps' own configuration hook) and the CPA history plugin.
import {inLanguage, VENDOR} from '../../cpa/language.js';

export default {
  // English and French; the language is the person's choice or the browser's (see ../../cpa/language.js)
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  app: {
    name: inLanguage({en: 'CPA Cockpit', fr: "Cockpit de l'APCC"}),
    vendor: inLanguage(VENDOR)
  },
  // paths relative to app/cockpit/, loaded as ES modules; see scripts/cpa-history.js and scripts/cpa-program.js
  customScripts: ['scripts/cpa-history', 'scripts/cpa-program'],
  disableWelcomeMessage: true
};
