// CPA branding of Camunda Cockpit (the web apps' own configuration hook).
export default {
  app: {
    name: 'CPA Cockpit',
    vendor: 'Canadian Police Arrangement'
  },
  disableWelcomeMessage: true
};
