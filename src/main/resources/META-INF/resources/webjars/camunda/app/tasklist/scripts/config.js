// CPA branding of Camunda Tasklist (the web apps' own configuration hook).
import {inLanguage, VENDOR} from '../../cpa/language.js';

export default {
  // English and French; the language is the person's choice or the browser's (see ../../cpa/language.js)
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  app: {
    name: inLanguage({en: 'CPA Tasklist', fr: "Tasklist de l'APCC"}),
    vendor: inLanguage(VENDOR)
  },
  disableWelcomeMessage: true,
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'dddd, YYYY-MM-DD HH:mm'
  },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};
