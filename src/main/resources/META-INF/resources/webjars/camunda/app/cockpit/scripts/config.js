// CPA branding of Camunda Cockpit (the web apps' own configuration hook) and the CPA history plugin.
export default {
  app: {
    name: 'CPA Cockpit',
    vendor: 'Canadian Police Arrangement'
  },
  // paths relative to app/cockpit/, loaded as ES modules; see scripts/cpa-history.js and scripts/cpa-program.js
  customScripts: ['scripts/cpa-history', 'scripts/cpa-program'],
  disableWelcomeMessage: true
};
