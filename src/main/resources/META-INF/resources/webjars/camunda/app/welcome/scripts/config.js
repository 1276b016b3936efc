// CPA branding of Camunda Welcome (the web apps' own configuration hook).
export default {
  app: {
    name: 'CPA Welcome',
    vendor: 'Canadian Police Arrangement'
  },
  disableWelcomeMessage: true
};
