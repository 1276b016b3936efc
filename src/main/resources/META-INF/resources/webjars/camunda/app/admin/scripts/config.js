// CPA branding of Camunda Admin (the web apps' own configuration hook).
export default {
  app: {
    name: 'CPA Admin',
    vendor: 'Canadian Police Arrangement'
  },
  disableWelcomeMessage: true
};
