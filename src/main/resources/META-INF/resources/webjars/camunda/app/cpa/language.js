// Which language the CPA web apps speak: the person's own choice, else the browser's.
//
// Camunda 7.24's web apps take their language from the browser (navigator.languages[0]) and offer no choice.
// Each app's config.js imports this module before the app starts, so the choice applies to the whole page:
//  - a choice made with the header's "Français" / "English" link is kept in the browser (localStorage) and in
//    the user's own account (/api/me/language), so it follows the person to another browser once signed in;
//  - without a choice, the browser's language, if the apps speak it, else English;
//  - the cookie cpa-language tells the server (forms, task names, check messages) which language the page speaks.

export const LANGUAGES = ['en', 'fr'];
const STORAGE = 'cpa-language';
const NAMES = {en: 'English', fr: 'Français'};

function supported(tag) {
  const language = String(tag || '').split('-')[0].toLowerCase();
  return LANGUAGES.includes(language) ? language : null;
}

function browserLanguage() {
  const tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  return tags.map(supported).find(Boolean) || LANGUAGES[0];
}

function chosenLanguage() {
  try {
    return supported(window.localStorage.getItem(STORAGE));
  } catch (e) {
    return null;   // storage blocked: the browser's language
  }
}

export const language = chosenLanguage() || browserLanguage();

/** a text of the apps' own (their names in the header) in the page's language: {en: '…', fr: '…'} */
export function inLanguage(texts) {
  return texts[language] || texts[LANGUAGES[0]];
}

/** the program's name, which each app's header shows before the app's own */
export const VENDOR = {en: 'Canadian Police Arrangement', fr: 'Arrangement sur la police civile au Canada'};

function keepForServer(lang) {
  document.cookie = 'cpa-language=' + lang + '; path=/; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '');
}

function apply(lang) {
  // the apps read navigator.languages[0] once, when they start
  Object.defineProperty(Navigator.prototype, 'languages', {configurable: true, get: () => [lang]});
  Object.defineProperty(Navigator.prototype, 'language', {configurable: true, get: () => lang});
  document.documentElement.lang = lang;
  keepForServer(lang);
}

function xsrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function apiRoot() {
  const root = document.querySelector('base') && document.querySelector('base').getAttribute('app-root');
  return (root || '/camunda').replace(/\/camunda$/, '') + '/api/me/language';
}

/** the user's kept choice (null before sign-in or when none was made) */
function accountLanguage() {
  return fetch(apiRoot(), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => response.ok ? response.json() : null)
    .then(body => body && supported(body.language))
    .catch(() => null);
}

function saveToAccount(lang) {
  return fetch(apiRoot(), {
    method: 'PUT',
    credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrfToken()},
    body: JSON.stringify({language: lang})
  }).catch(() => null);
}

export function choose(lang) {
  if (!supported(lang)) {
    return;
  }
  try {
    window.localStorage.setItem(STORAGE, lang);
  } catch (e) {
    // storage blocked: the account keeps the choice
  }
  saveToAccount(lang).then(() => window.location.reload());
}

/** the header link to the other language */
function addSwitch() {
  const menu = document.querySelector('nav.cam-nav.app-menu > ul');
  if (!menu || menu.querySelector('.cpa-language')) {
    return;
  }
  const other = LANGUAGES.find(l => l !== language);
  const link = document.createElement('a');
  link.href = '';
  link.lang = other;
  link.textContent = NAMES[other];
  link.title = other === 'fr' ? 'Afficher en français' : 'Show in English';
  link.addEventListener('click', event => {
    event.preventDefault();
    choose(other);
  });
  const item = document.createElement('li');
  item.className = 'cpa-language';
  item.append(link);
  menu.prepend(item);
}

/** once signed in, the account's choice wins over this browser's (another person may have used it) */
let accountChecked = false;
function followAccount() {
  if (accountChecked || !document.querySelector('nav.cam-nav.app-menu li.account')) {
    return;
  }
  accountChecked = true;
  accountLanguage().then(kept => {
    if (!kept && chosenLanguage()) {
      saveToAccount(chosenLanguage());   // a choice made before signing in becomes the account's
    } else if (kept && kept !== language) {
      try {
        window.localStorage.setItem(STORAGE, kept);
      } catch (e) {
        return;
      }
      window.location.reload();
    }
  });
}

apply(language);
new MutationObserver(() => {
  addSwitch();
  followAccount();
}).observe(document.documentElement, {childList: true, subtree: true});
