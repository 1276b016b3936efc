// CPA branding of Camunda Welcome (the web apps' own configuration hook).
import {inLanguage, VENDOR} from '../../cpa/language.js';

export default {
  // English and French; the language is the person's choice or the browser's (see ../../cpa/language.js)
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  app: {
    name: inLanguage({en: 'CPA Welcome', fr: "Accueil de l'APCC"}),
    vendor: inLanguage(VENDOR)
  },
  disableWelcomeMessage: true
};
